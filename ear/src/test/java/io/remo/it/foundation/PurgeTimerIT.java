package io.remo.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Database;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoDeployment;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A project's persistent purge timer is stored in PostgreSQL and, when due, purges it. */
@ExtendWith(ArquillianExtension.class)
@Order(1) // mostly waits for timers: runs first, beside the restart tests (DeploymentGroupOrder)
class PurgeTimerIT {

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(RemoDeployment.SHORT_LIFECYCLE);
    }

    @AfterEach
    void close() {
        remo.close();
    }

    @Test
    void creatingAProjectArmsAPersistentTimerThatPurgesIt() {
        var project = remo.createProject();
        assertThat(Database.purgeTimersOf(project.id())).as("timer row in jboss_ejb_timer").isEqualTo(1);
        assertThat(Database.single("select partition_name from jboss_ejb_timer where timed_object_id like '%PurgeTimers' limit 1"))
                .isEqualTo("remo");

        await("purge_log row").atMost(Duration.ofSeconds(30))
                .until(() -> Database.count("select count(*) from purge_log where project_id = ?", project.id()) == 1);

        List<Object> log = Database.rows("select reason, rows_deleted, objects_deleted from purge_log where project_id = ?",
                project.id()).get(0);
        assertThat(log).containsExactly("abandoned", 1, 0);
        Number latenessMillis = (Number) Database.single("select (extract(epoch from purged_at - due_at) * 1000)::bigint "
                + "from purge_log where project_id = ?", project.id());
        assertThat(latenessMillis.longValue()).as("purged after it was due, ms").isBetween(0L, 30_000L);
        assertThat(Database.count("select count(*) from projects where id = ?", project.id())).isZero();
        assertThat(Database.purgeTimersOf(project.id())).isZero();
        try (Response response = remo.project(project, "state").get()) {
            assertThat(response.getStatus()).isEqualTo(404);
        }
    }
}
