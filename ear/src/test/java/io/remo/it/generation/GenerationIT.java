package io.remo.it.generation;

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
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.classical.ClassicalEngine;
import io.remo.pipeline.engine.classical.ClassicalRegionEditor;
import io.remo.pipeline.verify.QualityGates;
import io.remo.testing.SyntheticRoom;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** The design-options job end to end: progress over SSE, the options, failures, cancellation, reconnection. */
@ExtendWith(ArquillianExtension.class)
class GenerationIT {

    static final Duration JOB = Duration.ofSeconds(90);

    @ArquillianResource
    ManagementClient management;

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void clean() throws Exception {
        injectFault(null);
        remo.close();
    }

    @Test
    void twoOptionsArriveWithMonotonicProgressAndKeepTheRoomsStructure() throws Exception {
        byte[] photo = SyntheticRoom.jpeg(4032, 3024, 101);
        ProjectHandle project = projectAtIntake(photo, SyntheticRoom.jpeg(4032, 3024, 102));
        try (EventRecorder events = new EventRecorder(remo, project, null)) {
            events.await(named("state", null), Duration.ofSeconds(10));
            try (Response response = remo.post(project, "intake/skip", null)) {
                expect(response, 200);
            }
            events.await(named("complete", "design-options"), JOB);
            List<Integer> progress = events.events().stream().filter(named("progress", "design-options"))
                    .map(e -> e.data().getInt("progress")).toList();
            assertThat(progress).isNotEmpty().isSorted();
            assertThat(progress.get(progress.size() - 1)).isBetween(90, 100);
            assertThat(events.events().stream().filter(named("progress", "design-options")).map(e -> e.data().getString("step")))
                    .contains("prepare", "analyze", "generate", "verify", "publish");
        }

        JsonObject state = remo.state(project);
        assertThat(state.getString("step")).isEqualTo("selection");
        assertThat(state.getInt("iterationCount")).isZero();
        List<JsonObject> options = state.getJsonArray("options").getValuesAs(JsonObject.class);
        assertThat(options).extracting(o -> o.getInt("optionIndex")).containsExactly(0, 1);

        RgbImage input = ImageCodec.decodeResized(photo, 50_000_000, 1024);
        RgbImage[] images = new RgbImage[2];
        for (JsonObject option : options) {
            byte[] full = download(option.getString("url"));
            RgbImage image = ImageCodec.decode(full, 50_000_000);
            assertThat(Math.max(image.width(), image.height())).isEqualTo(1024);
            assertThat(image.width() * 3).isEqualTo(image.height() * 4);
            assertThat(ImageCodec.decode(download(option.getString("thumbnailUrl")), 50_000_000).width()).isEqualTo(400);
            assertThat(download(option.getString("webpUrl"))).startsWith((byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F');
            images[option.getInt("optionIndex")] = image;
        }
        assertThat(meanAbsoluteDifference(input, images[0])).as("option 0 differs from the photo").isGreaterThan(8);
        assertThat(meanAbsoluteDifference(input, images[1])).as("option 1 differs from the photo").isGreaterThan(8);
        assertThat(meanAbsoluteDifference(images[0], images[1])).as("the options differ").isGreaterThan(3);

        var edges = new ClassicalEngine(new ClassicalRegionEditor()).analyze(input, JobControl.NONE).edges();
        var gates = new QualityGates();
        for (RgbImage image : images) {
            assertThat(gates.structurePreserved(edges, image).passed()).as("walls, windows and doors stay put").isTrue();
        }
        assertThat(Database.rows("select generation_model, seed, generation_prompt, generation_duration_ms, cast(quality as text) "
                + "from generated_images where project_id = ? order by option_index", project.id()))
                .hasSize(2).allSatisfy(row -> {
                    assertThat(row.get(0)).isEqualTo("classical-opencv/1");
                    assertThat(row.get(1)).isNotNull();
                    assertThat((String) row.get(2)).isNotBlank();
                    assertThat(((Number) row.get(3)).longValue()).isPositive();
                });
        assertThat(Database.count("select count(*) from generated_images where project_id = ? and quality @> "
                + "'[{\"gate\": \"structure\", \"passed\": true}, {\"gate\": \"blank-or-saturated\", \"passed\": true}]'",
                project.id())).as("both options passed their gates").isEqualTo(2);
        assertThat(Storage.projectKeys(project.id())).contains(
                "projects/" + project.id() + "/generated/g1/analysis/depth.png",
                "projects/" + project.id() + "/generated/g1/analysis/edges.png",
                "projects/" + project.id() + "/generated/g1/analysis/segmentation.png");
        String run = "from pipeline_runs where project_id = ? and job_name = 'design-options'";
        await("the run's compute time").atMost(Duration.ofSeconds(10))
                .until(() -> Database.single("select compute_millis " + run, project.id()) != null);
        List<Object> times = Database.rows("select compute_millis, (extract(epoch from ended_at - started_at) * 1000)::bigint "
                + run, project.id()).get(0);
        assertThat(((Number) times.get(0)).longValue()).as("compute ms within the run's wall time")
                .isPositive().isLessThanOrEqualTo(((Number) times.get(1)).longValue() + 5);
    }

    @Test
    void concurrentSelectionsLeaveOneWinner() throws Exception {
        ProjectHandle project = projectWithOptions();
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = List.of(
                    () -> status(remo.post(project, "select-option", Map.of("optionIndex", 0))),
                    () -> status(remo.post(project, "select-option", Map.of("optionIndex", 1))));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        JsonObject state = remo.state(project);
        assertThat(state.getString("step")).isEqualTo("iteration");
        int chosen = state.getInt("selectedOption");
        assertThat(Database.rows("select option_index from generated_images where project_id = ? and selected", project.id()))
                .containsExactly(List.of(chosen));
    }

    @Test
    void aFailureInAnyStepIsReportedWithItsStepUsesNoIterationAndCanBeRetried() throws Exception {
        ProjectHandle project = projectAtIntake(SyntheticRoom.jpeg(1600, 1200, 111), SyntheticRoom.jpeg(1600, 1200, 112));
        try (EventRecorder events = new EventRecorder(remo, project, null)) {
            boolean first = true;
            for (String step : List.of("prepare", "analyze", "generate", "verify", "publish")) {
                injectFault("fail:" + step);
                long errorsBefore = events.events().stream().filter(named("error", "design-options")).count();
                try (Response response = first ? remo.post(project, "intake/skip", null) : remo.post(project, "generate", null)) {
                    assertThat(response.getStatus()).isIn(200, 202);
                }
                first = false;
                await("error of " + step).atMost(JOB).until(() -> events.events().stream()
                        .filter(named("error", "design-options")).count() > errorsBefore);
                Event error = events.events().stream().filter(named("error", "design-options")).reduce((a, b) -> b).orElseThrow();
                assertThat(error.data().getString("code")).isEqualTo("FAULT_INJECTED");
                assertThat(error.data().getString("failedStep")).isEqualTo(step);
                assertThat(error.data().getBoolean("retryable")).isTrue();

                JsonObject state = remo.state(project);
                assertThat(state.getString("step")).isEqualTo("generating");
                assertThat(state.get("job")).isNull();
                assertThat(state.getJsonObject("lastFailure").getString("failedStep")).isEqualTo(step);
                assertThat(state.getInt("iterationCount")).isZero();
                assertThat(allowed(state)).contains("generate");
            }
            injectFault(null);
            try (Response response = remo.post(project, "generate", null)) {
                expect(response, 202);
            }
            events.await(named("complete", "design-options"), JOB);
        }
        assertThat(remo.state(project).getString("step")).isEqualTo("selection");
        assertThat(Database.count("select count(*) from generated_images where project_id = ?", project.id())).isEqualTo(2);
    }

    @Test
    void cancellingStopsTheEngineAndLeavesTheProjectRetryable() throws Exception {
        ProjectHandle project = projectAtIntake(SyntheticRoom.jpeg(1600, 1200, 121), SyntheticRoom.jpeg(1600, 1200, 122));
        injectFault("hang:generate");
        try (EventRecorder events = new EventRecorder(remo, project, null)) {
            try (Response response = remo.post(project, "intake/skip", null)) {
                expect(response, 200);
            }
            events.await(e -> e.name().equals("progress") && "generate".equals(e.data().getString("step")), JOB);
            try (Response response = remo.post(project, "jobs/current/cancel", null)) {
                expect(response, 202);
            }
            Event error = events.await(named("error", "design-options"), JOB);
            assertThat(error.data().getString("code")).isEqualTo("JOB_CANCELLED");
        }
        JsonObject state = remo.state(project);
        assertThat(state.getString("step")).isEqualTo("generating");
        assertThat(allowed(state)).contains("generate").doesNotContain("cancel_job");
        assertThat(Database.single("select status from pipeline_runs where project_id = ? order by started_at desc limit 1",
                project.id())).isEqualTo("stopped");
        assertThat(Database.count("select count(*) from generated_images where project_id = ?", project.id())).isZero();

        injectFault(null);
        try (EventRecorder events = new EventRecorder(remo, project, null)) {
            try (Response response = remo.post(project, "generate", null)) {
                expect(response, 202);
            }
            events.await(named("complete", "design-options"), JOB);
        }
        assertThat(remo.state(project).getString("step")).isEqualTo("selection");
    }

    @Test
    void aReconnectingStreamReceivesExactlyTheEventsItMissed() throws Exception {
        ProjectHandle project = projectAtIntake(SyntheticRoom.jpeg(1600, 1200, 131), SyntheticRoom.jpeg(1600, 1200, 132));
        Event lastSeen;
        try (EventRecorder events = new EventRecorder(remo, project, null)) {
            try (Response response = remo.post(project, "intake/skip", null)) {
                expect(response, 200);
            }
            lastSeen = events.await(named("progress", "design-options"), JOB);
        }
        await("the job finishes while the phone is away").atMost(JOB)
                .until(() -> "selection".equals(remo.state(project).getString("step")));
        List<Long> missed = Database.rows("select id from project_events where project_id = ? and id > ? order by id",
                project.id(), lastSeen.numericId()).stream().map(r -> ((Number) r.get(0)).longValue()).toList();
        assertThat(missed).isNotEmpty();
        try (EventRecorder resumed = new EventRecorder(remo, project, lastSeen.id())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> resumed.events().size() >= missed.size());
            assertThat(resumed.events()).extracting(Event::numericId).containsExactlyElementsOf(missed);
            assertThat(resumed.events().get(resumed.events().size() - 1).name()).isEqualTo("complete");
        }
    }

    /** A project past photos and scan, waiting for its intake. */
    private ProjectHandle projectAtIntake(byte[] first, byte[] second) {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", first);
        remo.uploadChecked(project, "room", second);
        try (Response response = remo.post(project, "photos/ready", null)) {
            expect(response, 200);
        }
        try (Response response = remo.post(project, "scan/skip", null)) {
            expect(response, 200);
        }
        return project;
    }

    private ProjectHandle projectWithOptions() {
        ProjectHandle project = projectAtIntake(SyntheticRoom.jpeg(1600, 1200, 141), SyntheticRoom.jpeg(1600, 1200, 142));
        try (Response response = remo.post(project, "intake/skip", null)) {
            expect(response, 200);
        }
        await().atMost(JOB).until(() -> "selection".equals(remo.state(project).getString("step")));
        return project;
    }

    private void injectFault(String fault) throws Exception {
        ModelNode address = Operations.createAddress("system-property", "remo.pipeline.fault-injection");
        management.getControllerClient().execute(Operations.createRemoveOperation(address));
        if (fault != null) {
            ModelNode add = Operations.createAddOperation(address);
            add.get("value").set(fault);
            ModelNode result = management.getControllerClient().execute(add);
            assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
        }
    }

    private static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    private static List<String> allowed(JsonObject state) {
        return state.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Mean absolute difference per channel, after bringing {@code b} to {@code a}'s size. */
    static double meanAbsoluteDifference(RgbImage a, RgbImage b) {
        RgbImage resized = b.width() == a.width() ? b : ImageCodec.resizeToLongSide(b, Math.max(a.width(), a.height()));
        long sum = 0;
        int n = Math.min(a.pixels().length, resized.pixels().length);
        for (int i = 0; i < n; i++) {
            sum += Math.abs((a.pixels()[i] & 0xFF) - (resized.pixels()[i] & 0xFF));
        }
        return sum / (double) n;
    }
}
