package io.remo.it.restart;

import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Database;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.it.support.Storage;
import io.remo.testing.SyntheticRoom;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
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

/**
 * SIGKILL during generation: after the start, the interrupted run is restarted from its checkpoint and ends with
 * exactly two options, no duplicate rows, no duplicate objects.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("restart")
class GenerationRestartIT {

    static final String CONTAINER = "wildfly-restartable";
    static final String DEPLOYMENT = "remo-generation";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    private final RemoClient remo = new RemoClient();

    /** The first execution of a run stands still in its generate step, so the kill surely lands mid-job. */
    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(Map.of("remo.pipeline.fault-injection", "hang-once:generate"));
    }

    @AfterEach
    void undeploy() {
        remo.close();
        if (controller.isStarted(CONTAINER)) {
            deployer.undeploy(DEPLOYMENT);
            controller.stop(CONTAINER);
        }
    }

    /** SIGKILL, not a shutdown: the server gets no chance to stop its jobs or tell anyone. */
    private void killHard() throws Exception {
        try (var client = org.jboss.as.controller.client.ModelControllerClient.Factory.create("127.0.0.1",
                io.remo.it.support.ItEnvironment.managementPort())) {
            var op = org.jboss.as.controller.client.helpers.Operations.createReadAttributeOperation(
                    org.jboss.as.controller.client.helpers.Operations.createAddress("core-service", "platform-mbean",
                            "type", "runtime"), "name");
            String name = org.jboss.as.controller.client.helpers.Operations.readResult(client.execute(op)).asString();
            long pid = Long.parseLong(name.substring(0, name.indexOf('@')));
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            server.destroyForcibly();
            server.onExit().get();
        }
        try {
            controller.kill(CONTAINER);
        } catch (RuntimeException alreadyGone) {
            // the container notices on its own that its process is gone
        }
    }

    @Test
    void aJobKilledMidGenerationCompletesAfterTheRestartWithExactlyTwoOptions() throws Exception {
        controller.start(CONTAINER);
        deployer.deploy(DEPLOYMENT);
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, 201));
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, 202));
        for (String action : new String[] {"photos/ready", "scan/skip", "intake/skip"}) {
            try (Response response = remo.post(project, action, null)) {
                expect(response, 200);
            }
        }
        await("the job is generating").atMost(Duration.ofSeconds(60)).until(() -> "generate".equals(Database.single(
                "select step from pipeline_runs where project_id = ? and job_name = 'design-options'", project.id())));

        killHard();
        assertThat(Database.single("select status from pipeline_runs where project_id = ? and job_name = 'design-options'",
                project.id())).isEqualTo("running");

        controller.start(CONTAINER);
        await("the restarted run publishes").atMost(Duration.ofSeconds(120))
                .until(() -> "selection".equals(Database.single("select step from projects where id = ?", project.id())));

        assertThat(Database.rows("select option_index from generated_images where project_id = ? order by option_index",
                project.id())).containsExactly(java.util.List.of(0), java.util.List.of(1));
        assertThat(Database.rows("select status from pipeline_runs where project_id = ? and job_name = 'design-options'",
                project.id())).containsExactly(java.util.List.of("completed"));
        assertThat(Database.rows("select batchstatus from job_execution where jobinstanceid = (select jobinstanceid from "
                + "job_execution where jobexecutionid = (select execution_id from pipeline_runs where project_id = ? "
                + "and job_name = 'design-options')) order by jobexecutionid", project.id()))
                .as("the killed execution, then its restart").extracting(row -> row.get(0)).containsExactly("FAILED", "COMPLETED");
        String base = "projects/" + project.id() + "/generated/g1/";
        assertThat(Storage.keys(base)).containsExactlyInAnyOrder(
                base + "option-0.jpg", base + "option-0-thumb.jpg", base + "option-0.webp",
                base + "option-1.jpg", base + "option-1-thumb.jpg", base + "option-1.webp",
                base + "analysis/depth.png", base + "analysis/edges.png", base + "analysis/segmentation.png",
                base + "analysis/room.json");
    }
}
