package io.remo.it.gpu;

import static io.remo.it.support.RemoClient.expect;

import io.remo.it.support.Database;
import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.testing.SyntheticRoom;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/** What the gpu-node tests share: projects up to their intake, the engine's readiness check, the job queue. */
final class GpuItSupport {

    private GpuItSupport() {
    }

    /** A project past photos and scan, waiting for its intake (its photos were checked on this node). */
    static ProjectHandle projectAtIntake(RemoClient remo, int seed) {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, seed));
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, seed + 1));
        try (Response response = remo.post(project, "photos/ready", null)) {
            expect(response, 200);
        }
        try (Response response = remo.post(project, "scan/skip", null)) {
            expect(response, 200);
        }
        return project;
    }

    /** The project's newest run of a job. */
    static UUID latestRun(ProjectHandle project, String job) {
        return (UUID) Database.single("select id from pipeline_runs where project_id = ? and job_name = ? "
                + "order by started_at desc limit 1", project.id(), job);
    }

    /** Executions of the run in the batch job repository, on any node. */
    static long executionsOf(UUID runId) {
        return Database.count("select count(*) from job_execution where jobparameters like ?", "%" + runId + "%");
    }

    /** The "engine" readiness check as /health/ready reports it: its status and data. */
    static JsonObject engineCheck() {
        Client client = ClientBuilder.newClient();
        try (Response response = client.target(ItEnvironment.baseUri()).path("health/ready").request().get()) {
            return response.readEntity(JsonObject.class).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(check -> check.getString("name").equals("engine")).findFirst().orElseThrow();
        } finally {
            client.close();
        }
    }

    /** Job requests waiting in the queue for a gpu node. */
    static long queuedJobs(ManagementClient management) throws Exception {
        ModelNode result = management.getControllerClient().execute(Operations.createReadAttributeOperation(
                Operations.createAddress("subsystem", "messaging-activemq", "server", "default", "jms-queue",
                        "remo-pipeline-jobs"), "message-count"));
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException(result.toString());
        }
        return Operations.readResult(result).asLong();
    }
}
