package io.remo.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.RemoDeployment;
import io.remo.it.support.Storage;
import io.remo.lifecycle.control.LifecycleSweep;
import io.remo.lifecycle.control.ProjectPurger;
import io.remo.lifecycle.control.PurgeTimers;
import io.remo.lifecycle.entity.PurgeReason;
import io.remo.project.control.ProjectService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The safety nets: the sweep catches projects whose timer was lost, and objects whose project is gone. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleSweepIT {

    static final UUID GONE_OLD = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    static final UUID GONE_FRESH = UUID.fromString("00000000-0000-4000-8000-00000000a002");

    @Deployment
    static EnterpriseArchive deployment() {
        return RemoDeployment.inContainer(LifecycleSweepIT.class);
    }

    @Test
    @Order(1)
    void aProjectWhoseTimerWasLostIsPurgedByTheSweep() throws Exception {
        ProjectService projects = InitialContext.doLookup("java:app/remo-ejb/ProjectService!" + ProjectService.class.getName());
        PurgeTimers timers = InitialContext.doLookup("java:app/remo-ejb/PurgeTimers!" + PurgeTimers.class.getName());
        LifecycleSweep sweep = InitialContext.doLookup("java:app/remo-ejb/LifecycleSweep!" + LifecycleSweep.class.getName());
        UUID id = projects.create("sweep-test-device").id();

        DataSource db = InitialContext.doLookup("java:jboss/datasources/RemoDS");
        try (Connection c = db.getConnection()) {
            byte[] handle = query(c, "select purge_timer_handle from projects where id = ?", id, byte[].class);
            timers.cancel(handle);
            try (PreparedStatement update = c.prepareStatement("update projects set purge_at = now() - interval '1 hour' where id = ?")) {
                update.setObject(1, id);
                update.executeUpdate();
            }
        }

        assertThat(sweep.purgeOverdueProjects()).isGreaterThanOrEqualTo(1);
        try (Connection c = db.getConnection()) {
            assertThat(query(c, "select reason from purge_log where project_id = ?", id, String.class)).isEqualTo("abandoned");
            assertThat(query(c, "select count(*) from projects where id = ?", id, Long.class)).isZero();
        }
    }

    private static <T> T query(Connection c, String sql, UUID id, Class<T> type) throws Exception {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as(sql).isTrue();
                return result.getObject(1, type);
            }
        }
    }

    @Test
    @Order(2)
    void aSecondPurgeOfTheSameProjectDoesNothing() throws Exception {
        ProjectService projects = InitialContext.doLookup("java:app/remo-ejb/ProjectService!" + ProjectService.class.getName());
        ProjectPurger purger = InitialContext.doLookup("java:app/remo-ejb/ProjectPurger!" + ProjectPurger.class.getName());
        UUID id = projects.create("duplicate-purge-device").id();
        assertThat(purger.purge(id, PurgeReason.USER_REQUEST).purged()).isTrue();
        assertThat(purger.purge(id, PurgeReason.ABANDONED).purged()).isFalse();
        assertThat(purger.purge(id, PurgeReason.USER_REQUEST).purged()).isFalse();
    }

    @Test
    @Order(3)
    @RunAsClient
    void orphanObjectsAreWrittenByAnEarlierLife() {
        Storage.put("projects/" + GONE_OLD + "/photos/a.jpg", new byte[] {1, 2, 3}, Map.of("purge-after", "2020-01-01T00:00:00Z"));
        Storage.put("projects/" + GONE_FRESH + "/photos/b.jpg", new byte[] {4, 5, 6}, Map.of("purge-after", "2999-01-01T00:00:00Z"));
        assertThat(Storage.projectKeys(GONE_OLD)).hasSize(1);
        assertThat(Storage.projectKeys(GONE_FRESH)).hasSize(1);
    }

    @Test
    @Order(4)
    void theSweepDeletesObjectsPastTheirPurgeTimeWhoseProjectIsGone() throws Exception {
        LifecycleSweep sweep = InitialContext.doLookup("java:app/remo-ejb/LifecycleSweep!" + LifecycleSweep.class.getName());
        assertThat(sweep.deleteOrphanObjects()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(5)
    @RunAsClient
    void onlyTheObjectPastItsPurgeTimeIsGone() {
        assertThat(Storage.projectKeys(GONE_OLD)).isEmpty();
        assertThat(Storage.projectKeys(GONE_FRESH)).containsExactly("projects/" + GONE_FRESH + "/photos/b.jpg");
    }
}
