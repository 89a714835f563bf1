package io.remo.it.lifecycle;

import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Completeness;
import io.remo.it.support.Database;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.testing.SyntheticRoom;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Approval switches the project to the (shorter) grace period: it is purged then, not at its abandonment time. */
@ExtendWith(ArquillianExtension.class)
class ApprovalGraceIT {

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(Map.of("remo.lifecycle.abandon-after", "PT120S", "remo.lifecycle.grace-after", "PT2S"));
    }

    @AfterEach
    void close() {
        remo.close();
    }

    @Test
    void approvalSwitchesToTheGracePeriod() {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, 501));
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, 502));
        for (String action : new String[] {"photos/ready", "scan/skip", "intake/skip"}) {
            try (Response response = remo.post(project, action, null)) {
                expect(response, 200);
            }
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> "selection".equals(remo.state(project).getString("step")));
        try (Response response = remo.post(project, "select-option", Map.of("optionIndex", 0))) {
            expect(response, 200);
        }
        Instant abandonAt = Instant.parse(remo.state(project).getString("purgeAt"));
        Instant approvedAround = Instant.now();
        try (Response response = remo.post(project, "approve", null)) {
            expect(response, 200);
            JsonObject state = response.readEntity(JsonObject.class);
            Instant graceEnds = Instant.parse(state.getString("purgeAt"));
            assertThat(graceEnds).isBefore(abandonAt).isBetween(approvedAround, approvedAround.plusSeconds(10));
        }
        await("purged at the end of the grace period, long before the abandonment time").atMost(Duration.ofSeconds(40))
                .until(() -> Database.count("select count(*) from purge_log where project_id = ?", project.id()) == 1);
        assertThat(Instant.now()).isBefore(abandonAt);
        Completeness.assertPurged(remo, project, "grace_expired");
    }
}
