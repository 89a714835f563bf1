package io.remo.it.lifecycle;

import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Completeness;
import io.remo.it.support.Database;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.it.support.S3ProxyProcess;
import io.remo.it.support.Storage;
import io.remo.testing.SyntheticRoom;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lifecycle with durations of seconds: abandonment, postponement by activity, deletion on request, outages. */
@ExtendWith(ArquillianExtension.class)
@Order(1) // mostly waits for timers: runs first, beside the restart tests (DeploymentGroupOrder)
class LifecycleIT {

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(RemoDeployment.SHORT_LIFECYCLE);
    }

    @AfterEach
    void close() {
        S3ProxyProcess.start();
        remo.close();
    }

    @Test
    void anAbandonedProjectIsPurgedCompletely() {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1280, 960, 3));
        assertThat(Storage.projectKeys(project.id())).isNotEmpty();
        assertThat(Database.count("select count(*) from job_execution where jobparameters like ?", "%" + project.id() + "%"))
                .as("the photo-check job ran for it").isPositive();

        await("purged").atMost(Duration.ofSeconds(40)).until(() -> purgeLines(project) == 1);
        Completeness.assertPurged(remo, project, "abandoned");
    }

    @Test
    void activityPostponesThePurge() {
        ProjectHandle project = remo.createProject();
        Instant firstDue = purgeAt(project);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(firstDue.minusSeconds(3)));
        try (Response response = remo.upload(project, "room", SyntheticRoom.jpeg(1280, 960, 4), null)) {
            expect(response, 201);
        }
        Instant postponed = purgeAt(project);
        assertThat(postponed).isAfter(firstDue);

        await("the first due time passes").atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(firstDue.plusSeconds(1)));
        assertThat(purgeLines(project)).as("not purged at the old due time").isZero();
        assertThat(remo.state(project).getString("step")).isEqualTo("photos");

        await("purged after the postponed time").atMost(Duration.ofSeconds(30)).until(() -> purgeLines(project) == 1);
        assertThat(Instant.now()).isAfter(postponed);
        Completeness.assertPurged(remo, project, "abandoned");
    }

    @Test
    void deleteOnRequestPurgesAtOnce() {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1280, 960, 5));
        try (Response response = remo.project(project, "").delete()) {
            expect(response, 204);
        }
        Completeness.assertPurged(remo, project, "user_request");
    }

    @Test
    void aPurgeDuringAnObjectStoreOutageCompletesWhenItComesBack() {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1280, 960, 6));
        Instant due = purgeAt(project);
        S3ProxyProcess.stop();
        await("the purge is due and fails").atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(due.plusSeconds(3)));
        assertThat(purgeLines(project)).isZero();
        assertThat(Database.count("select count(*) from projects where id = ?", project.id())).isEqualTo(1);

        S3ProxyProcess.start();
        await("purged once the store is back").atMost(Duration.ofSeconds(30)).until(() -> purgeLines(project) == 1);
        Completeness.assertPurged(remo, project, "abandoned");
    }

    private static long purgeLines(ProjectHandle project) {
        return Database.count("select count(*) from purge_log where project_id = ?", project.id());
    }

    private Instant purgeAt(ProjectHandle project) {
        return Instant.parse(remo.state(project).getString("purgeAt"));
    }
}
