package io.remo.it.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Database;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoDeployment;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Persistent timers survive the server: one that fell due while it was down fires once after it starts. */
@ExtendWith(ArquillianExtension.class)
@Tag("restart")
class PurgeTimerRestartIT {

    static final String CONTAINER = "wildfly-restartable";
    static final String DEPLOYMENT = "remo";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    private final RemoClient remo = new RemoClient();

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(Map.of("remo.lifecycle.abandon-after", "PT6S"));
    }

    @AfterEach
    void undeploy() {
        remo.close();
        if (controller.isStarted(CONTAINER)) {
            deployer.undeploy(DEPLOYMENT);
            controller.stop(CONTAINER);
        }
    }

    @Test
    void aPurgeDueWhileTheServerIsStoppedHappensOnceAfterItStarts() {
        controller.start(CONTAINER);
        deployer.deploy(DEPLOYMENT);
        var project = remo.createProject();
        Instant due = ((Timestamp) Database.single("select purge_at from projects where id = ?", project.id())).toInstant();
        assertThat(Database.purgeTimersOf(project.id())).isEqualTo(1);

        controller.stop(CONTAINER);
        await("the purge time passes while the server is down").atMost(Duration.ofSeconds(30))
                .until(() -> Instant.now().isAfter(due.plusSeconds(1)));
        assertThat(Database.count("select count(*) from purge_log where project_id = ?", project.id())).isZero();
        assertThat(Database.count("select count(*) from projects where id = ?", project.id())).isEqualTo(1);

        controller.start(CONTAINER);
        await("purged after the start").atMost(Duration.ofSeconds(60))
                .until(() -> Database.count("select count(*) from purge_log where project_id = ?", project.id()) == 1);
        await("and only once").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> Database.count("select count(*) from purge_log where project_id = ?", project.id()) == 1);
        assertThat(Database.count("select count(*) from projects where id = ?", project.id())).isZero();
        assertThat(Database.purgeTimersOf(project.id())).isZero();
    }
}
