package io.remo.it.gpu;

import static io.remo.it.gpu.GpuItSupport.engineCheck;
import static io.remo.it.gpu.GpuItSupport.executionsOf;
import static io.remo.it.gpu.GpuItSupport.latestRun;
import static io.remo.it.gpu.GpuItSupport.projectAtIntake;
import static io.remo.it.gpu.GpuItSupport.queuedJobs;
import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Database;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes of a cluster, one after the other on this one server (the job queue and the database outlive a
 * deployment, as they outlive a node): an api-only node checks photos itself and queues generation without running
 * it; a gpu node then takes the queued job and runs it, and skips the one cancelled while it waited. The role is
 * the server's system property {@code remo.node.roles}, as an operator would set it.
 */
@ExtendWith(ArquillianExtension.class)
class NodeRolesIT {

    private static final String NODE = "node";
    private static final Duration JOB = Duration.ofSeconds(90);

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    ManagementClient management;

    private final RemoClient remo = new RemoClient();

    @Deployment(name = NODE, managed = false, testable = false)
    static EnterpriseArchive node() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void close() throws Exception {
        roles(null);
        remo.close();
    }

    @Test
    void anApiNodeQueuesGenerationAndAGpuNodeRunsIt() throws Exception {
        long queuedBefore = queuedJobs(management);
        ProjectHandle waiting;
        ProjectHandle cancelled;
        UUID waitingRun;
        UUID cancelledRun;
        roles("api");
        deployer.deploy(NODE);
        try {
            JsonObject engine = engineCheck();
            assertThat(engine.getString("status")).isEqualTo("UP");
            assertThat(engine.getJsonObject("data").getString("roles")).isEqualTo("api");
            assertThat(engine.getJsonObject("data").getString("engine")).startsWith("none");

            // Photo checks are CPU work the phone waits for: the api node runs them itself.
            waiting = projectAtIntake(remo, 301);
            assertThat(executionsOf(latestRun(waiting, "photo-check"))).isEqualTo(1);
            try (Response response = remo.post(waiting, "intake/skip", null)) {
                expect(response, 200);
            }
            waitingRun = latestRun(waiting, "design-options");
            cancelled = projectAtIntake(remo, 303);
            try (Response response = remo.post(cancelled, "intake/skip", null)) {
                expect(response, 200);
            }
            cancelledRun = latestRun(cancelled, "design-options");
            try (Response response = remo.post(cancelled, "jobs/current/cancel", null)) {
                expect(response, 202);
            }

            await("generation stays queued on the api node").during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(15)).until(() -> queuedJobs(management) == queuedBefore + 2
                            && executionsOf(waitingRun) == 0
                            && "starting".equals(Database.single("select status from pipeline_runs where id = ?",
                                    waitingRun)));
            assertThat(Database.single("select node from pipeline_runs where id = ?", waitingRun)).isNull();
            assertThat(remo.state(waiting).getString("step")).isEqualTo("generating");
            assertThat(Database.single("select status from pipeline_runs where id = ?", cancelledRun))
                    .isEqualTo("stopped");
        } finally {
            deployer.undeploy(NODE);
        }

        roles("gpu");
        deployer.deploy(NODE);
        try {
            await("the gpu node runs the queued generation").atMost(JOB)
                    .until(() -> "selection".equals(remo.state(waiting).getString("step")));
            List<Object> run = Database.rows("select status, node, execution_id from pipeline_runs where id = ?",
                    waitingRun).get(0);
            assertThat(run.get(0)).isEqualTo("completed");
            assertThat(run.get(1)).isNotNull();
            assertThat(executionsOf(waitingRun)).isEqualTo(1);
            assertThat(remo.state(waiting).getJsonArray("options")).hasSize(2);

            await("both requests taken").atMost(Duration.ofSeconds(20))
                    .until(() -> queuedJobs(management) == queuedBefore);
            assertThat(executionsOf(cancelledRun)).as("the run cancelled while queued is not started").isZero();
            assertThat(Database.single("select status from pipeline_runs where id = ?", cancelledRun))
                    .isEqualTo("stopped");

            JsonObject engine = engineCheck();
            assertThat(engine.getString("status")).isEqualTo("UP");
            assertThat(engine.getJsonObject("data").getString("roles")).isEqualTo("gpu");
            assertThat(engine.getJsonObject("data").getString("state")).isEqualTo("READY");
            assertThat(engine.getJsonObject("data").getString("engine")).isEqualTo("classical-opencv/1");
            assertThat(engine.getJsonObject("data").getInt("gpus")).isZero();
        } finally {
            deployer.undeploy(NODE);
        }
    }

    /** Sets the server's remo.node.roles, or removes it (null) so that the default applies again. */
    private void roles(String roles) throws Exception {
        ModelNode address = Operations.createAddress("system-property", "remo.node.roles");
        management.getControllerClient().execute(Operations.createRemoveOperation(address));
        if (roles != null) {
            ModelNode add = Operations.createAddOperation(address);
            add.get("value").set(roles);
            ModelNode result = management.getControllerClient().execute(add);
            assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
        }
    }
}
