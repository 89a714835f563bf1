package io.remo.it.gpu;

import static io.remo.it.gpu.GpuItSupport.engineCheck;
import static io.remo.it.gpu.GpuItSupport.projectAtIntake;
import static io.remo.it.support.EventRecorder.named;
import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.imaging.ImageCodec;
import io.remo.imaging.RgbImage;
import io.remo.it.support.Database;
import io.remo.it.support.EventRecorder;
import io.remo.it.support.EventRecorder.Event;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.it.support.Storage;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The pipeline with {@code remo.engine=djl} on the tiny TorchScript stand-ins (batch-jobs' test store), on the CPU:
 * the engine is loaded and warmed up before the node is ready; the design-options job's two options come from
 * diffusion and are the same bytes when the job runs again for the same generation (same seeds); a lasso edit,
 * through the revision job and the inpainting UNet, repaints its region alone; a stop reaches the engine between two
 * denoising steps. The stand-ins draw flat, edgeless pictures, so the structure and blankness gates are opened.
 */
@ExtendWith(ArquillianExtension.class)
class DjlGenerationIT {

    private static final Duration JOB = Duration.ofSeconds(180);
    /** Options are img2img at strength 0.8: 80 of the 100 steps run. */
    private static final int DENOISING_STEPS = 80;
    private static final Pattern DENOISING = Pattern.compile("denoising (\\d+)/(\\d+)");

    @ArquillianResource
    ManagementClient management;

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(Map.ofEntries(Map.entry("remo.engine", "djl"),
                Map.entry("remo.djl.store", System.getProperty("remo.it.djl.store")),
                Map.entry("remo.djl.steps", "100"),
                Map.entry("remo.djl.warm-up-sizes", "256x192"),
                // The stand-ins' tensors are tiny: more threads only contend on a shared machine.
                Map.entry("remo.djl.cpu-threads", "1"),
                Map.entry("remo.pipeline.working-long-side", "512"),
                Map.entry("remo.pipeline.output-long-side", "256"),
                Map.entry("remo.pipeline.gates.structure-min-f1", "0"),
                Map.entry("remo.pipeline.gates.min-luminance-deviation", "0")));
    }

    @AfterEach
    void close() {
        remo.close();
    }

    @Test
    void optionsAndALassoEditFromDiffusionTheSameBytesWhenTheJobRunsAgain() throws Exception {
        awaitReady();
        JsonObject engine = engineCheck().getJsonObject("data");
        assertThat(engine.getString("engine")).isEqualTo("djl-sd15-controlnet/1");
        assertThat(engine.getString("device")).isEqualTo("cpu()");
        assertThat(engine.getString("models")).startsWith("tiny-stand-ins (manifest sha256 ");
        assertThat(engine.getInt("gpus")).isZero();

        ProjectHandle project = projectAtIntake(remo, 401);
        try (Response response = remo.post(project, "intake/skip", null)) {
            expect(response, 200);
        }
        await("options").atMost(JOB).until(() -> "selection".equals(remo.state(project).getString("step")));

        List<List<Object>> options = Database.rows("select storage_key, generation_model, seed, width, height "
                + "from generated_images where project_id = ? order by option_index", project.id());
        assertThat(options).hasSize(2).allSatisfy(option -> {
            assertThat(option.get(1)).isEqualTo("djl-sd15-controlnet/1");
            assertThat(option.get(3)).isEqualTo(256);
            assertThat(option.get(4)).isEqualTo(192);
        });
        assertThat(options.get(0).get(2)).isNotEqualTo(options.get(1).get(2));
        byte[][] first = new byte[2][];
        for (int i = 0; i < 2; i++) {
            String key = (String) options.get(i).get(0);
            first[i] = Storage.get(key);
            RgbImage image = ImageCodec.decode(first[i], 50_000_000);
            assertThat(image.width()).isEqualTo(256);
            // Overwritten, so that what is read after the second run is what that run wrote.
            Storage.put(key, new byte[] {0}, Map.of());
        }
        assertThat(first[0]).isNotEqualTo(first[1]);

        UUID rerun = UUID.randomUUID();
        startDesignOptions(Map.of("runId", rerun.toString(), "projectId", project.id().toString(),
                "generation", "1"));
        await("the same generation again").atMost(JOB).until(() -> "COMPLETED".equals(Database.single(
                "select batchstatus from job_execution where jobparameters like ?", "%" + rerun + "%")));

        for (int i = 0; i < 2; i++) {
            assertThat(Storage.get((String) options.get(i).get(0))).as("option " + i + " of the second run")
                    .isEqualTo(first[i]);
        }

        // A lasso edit of the chosen option: the inpainting UNet repaints the region, nothing outside it changes.
        try (Response response = remo.post(project, "select-option", Map.of("optionIndex", 0))) {
            expect(response, 200);
        }
        List<Map<String, Object>> sofa = List.of(Map.of("x", 0.3, "y", 0.5), Map.of("x", 0.7, "y", 0.5),
                Map.of("x", 0.7, "y", 0.85), Map.of("x", 0.3, "y", 0.85));
        try (Response response = remo.post(project, "revisions", Map.of("type", "lasso", "regions", List.of(
                Map.of("pathPoints", sofa, "action", "replace", "instruction", "a sage green velvet sofa"))))) {
            expect(response, 202);
        }
        JsonObject revision = await("the lasso edit").atMost(JOB).until(() -> remo.state(project)
                .getJsonArray("revisions").getValuesAs(JsonObject.class).stream()
                .filter(r -> !List.of("pending", "generating").contains(r.getString("status"))).findFirst()
                .orElse(null), java.util.Objects::nonNull);
        assertThat(revision.getString("status")).isEqualTo("completed");
        JsonObject metrics = revision.getJsonObject("metrics");
        assertThat(metrics.getInt("maxChangeOutsideMask")).isZero();
        assertThat(metrics.getJsonNumber("recall").doubleValue()).as("the region changed").isPositive();
        assertThat(remo.state(project).getInt("iterationCount")).isEqualTo(1);
    }

    @Test
    void aStopReachesTheEngineBetweenTwoDenoisingSteps() throws Exception {
        awaitReady();
        ProjectHandle project = projectAtIntake(remo, 411);
        try (EventRecorder events = new EventRecorder(remo, project, null)) {
            try (Response response = remo.post(project, "intake/skip", null)) {
                expect(response, 200);
            }
            events.await(e -> e.name().equals("progress") && e.data().getString("message", "").startsWith("denoising"),
                    JOB);
            try (Response response = remo.post(project, "jobs/current/cancel", null)) {
                expect(response, 202);
            }
            Event error = events.await(named("error", "design-options"), JOB);
            assertThat(error.data().getString("code")).isEqualTo("JOB_CANCELLED");
            assertThat(error.data().getString("failedStep")).isEqualTo("generate");

            List<Integer> denoised = events.events().stream().filter(named("progress", "design-options"))
                    .map(e -> DENOISING.matcher(e.data().getString("message", ""))).filter(Matcher::matches)
                    .map(m -> {
                        assertThat(Integer.parseInt(m.group(2))).isEqualTo(DENOISING_STEPS);
                        return Integer.parseInt(m.group(1));
                    }).toList();
            // Option 0 may have finished before the stop; the step the stop interrupted did not.
            assertThat(denoised).isNotEmpty().last().matches(step -> step < DENOISING_STEPS);
        }
        assertThat(Database.single("select status from pipeline_runs where project_id = ? order by started_at desc "
                + "limit 1", project.id())).isEqualTo("stopped");
        assertThat(Database.count("select count(*) from generated_images where project_id = ?", project.id()))
                .isZero();
    }

    private void awaitReady() {
        await("the engine loaded and warmed up").atMost(JOB).until(() -> "UP".equals(engineCheck().getString("status")));
        assertThat(engineCheck().getJsonObject("data").getString("state")).isEqualTo("READY");
    }

    /** Starts the job as the EJB module does, through the management model of the deployment's batch runtime. */
    private void startDesignOptions(Map<String, String> parameters) throws Exception {
        ModelNode start = Operations.createOperation("start-job", Operations.createAddress("deployment",
                RemoDeployment.NAME, "subdeployment", "remo-ejb.jar", "subsystem", "batch-jberet"));
        start.get("job-xml-name").set("design-options");
        parameters.forEach((name, value) -> start.get("properties").get(name).set(value));
        ModelNode result = management.getControllerClient().execute(start);
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
    }
}
