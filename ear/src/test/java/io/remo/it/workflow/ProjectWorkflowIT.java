package io.remo.it.workflow;

import static io.remo.it.support.Problems.assertProblem;
import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.Database;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.it.support.Storage;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The phone's way from a new project to the start of generation, and what the API refuses on the way. */
@ExtendWith(ArquillianExtension.class)
class ProjectWorkflowIT {

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void close() {
        remo.close();
    }

    @Test
    void walksFromPhotosThroughScanAndIntakeToGeneration() {
        ProjectHandle project = remo.createProject();
        Instant createdPurge = Instant.parse(remo.state(project).getString("purgeAt"));
        assertThat(allowed(project)).contains("upload_photo", "photos_ready", "delete").doesNotContain("skip_scan");

        UUID first = remo.uploadChecked(project, "room", Fixtures.roomPhoto(1));
        UUID second = remo.uploadChecked(project, "room", Fixtures.roomPhoto(2));
        UUID inspiration;
        try (Response response = remo.upload(project, "inspiration", Fixtures.roomPhoto(3), "Love the warm wood here")) {
            expect(response, 201);
            inspiration = UUID.fromString(response.readEntity(JsonObject.class).getString("id"));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !"pending".equals(remo.photoStatus(project, inspiration)));
        JsonObject state = remo.state(project);
        assertThat(state.getJsonArray("photos").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("id") + " " + p.getString("type") + " " + p.getString("validationStatus"))
                .containsExactly(first + " room passed", second + " room passed", inspiration + " inspiration passed");
        assertThat(Storage.projectKeys(project.id())).contains("projects/" + project.id() + "/photos/" + first + ".jpg");
        assertThat(Instant.parse(state.getString("purgeAt"))).as("every action moves the purge").isAfter(createdPurge);

        try (Response response = remo.post(project, "photos/ready", null)) {
            expect(response, 200);
            assertThat(response.readEntity(JsonObject.class).getString("step")).isEqualTo("scan");
        }
        assertThat(allowed(project)).containsExactlyInAnyOrder("upload_scan", "skip_scan", "delete");

        try (Response response = remo.multipart(project, "scan", Map.of("dimensions", Fixtures.DIMENSIONS), "scan",
                Fixtures.PLY_SCAN, null)) {
            expect(response, 200);
            JsonObject after = response.readEntity(JsonObject.class);
            assertThat(after.getString("step")).isEqualTo("intake");
            assertThat(after.getBoolean("hasLidar")).isTrue();
        }
        assertThat(Storage.projectKeys(project.id())).contains("projects/" + project.id() + "/scan/raw.ply");
        assertThat(Database.count("select count(*) from lidar_scans where project_id = ?", project.id())).isEqualTo(1);

        try (Response response = remo.post(project, "intake/skip", null)) {
            expect(response, 200);
            JsonObject after = response.readEntity(JsonObject.class);
            assertThat(after.getString("step")).isEqualTo("generating");
            assertThat(after.getJsonObject("brief").getString("intakeMode")).isEqualTo("skipped");
        }
        assertThat(Database.count("select count(*) from pipeline_runs where project_id = ? and job_name = 'design-options'",
                project.id())).isEqualTo(1);
    }

    @Test
    void scanCanBeSkipped() {
        ProjectHandle project = projectWithPhotosReady();
        try (Response response = remo.post(project, "scan/skip", null)) {
            expect(response, 200);
            JsonObject after = response.readEntity(JsonObject.class);
            assertThat(after.getString("step")).isEqualTo("intake");
            assertThat(after.getBoolean("hasLidar")).isFalse();
        }
    }

    @Test
    void actionsOfOtherStepsAreRefusedWithTheStepAndWhatIsAllowed() {
        ProjectHandle project = remo.createProject();
        for (String path : List.of("scan/skip", "intake/skip", "intake/confirm", "generate", "approve", "start-over",
                "jobs/current/cancel")) {
            try (Response response = remo.post(project, path, null)) {
                JsonObject problem = assertProblem(response, 409, "ILLEGAL_STEP");
                assertThat(problem.getString("step")).isEqualTo("photos");
                assertThat(problem.getJsonArray("allowedActions").getValuesAs(JsonString.class))
                        .extracting(JsonString::getString).contains("upload_photo", "photos_ready");
            }
        }
        try (Response response = remo.post(project, "select-option", Map.of("optionIndex", 0))) {
            assertProblem(response, 409, "ILLEGAL_STEP");
        }
        try (Response response = remo.post(project, "photos/ready", null)) {
            assertProblem(response, 409, "PHOTOS_NOT_READY");
        }
        assertThat(remo.state(project).getString("step")).isEqualTo("photos");
    }

    @Test
    void photoFieldLimitsAreEnforcedAndLeaveNothingStored() throws Exception {
        ProjectHandle project = remo.createProject();
        byte[] photo = Fixtures.roomPhoto(5);
        try (Response response = remo.upload(project, "kitchen", photo, null)) {
            assertProblem(response, 400, "PHOTO_TYPE_INVALID", "type");
        }
        try (Response response = remo.upload(project, "room", photo, "a note on a room photo")) {
            assertProblem(response, 400, "NOTE_NOT_ALLOWED", "note");
        }
        try (Response response = remo.upload(project, "inspiration", photo, "x".repeat(201))) {
            assertProblem(response, 400, "NOTE_TOO_LONG", "note");
        }
        try (Response response = remo.upload(project, "room", null, null)) {
            assertProblem(response, 400, "FILE_REQUIRED", "file");
        }
        try (Response response = remo.upload(project, "room", "just some text, not an image".getBytes(), null)) {
            assertProblem(response, 415, "UNSUPPORTED_IMAGE_TYPE", "file");
        }
        var oversize = remo.uploadExpectingContinue(project, new byte[21 * 1024 * 1024]);
        assertThat(oversize.statusCode()).isEqualTo(413);
        assertThat(oversize.body()).contains("\"code\":\"FILE_TOO_LARGE\"");
        assertNothingStored(project);

        remo.uploadChecked(project, "room", Fixtures.roomPhoto(6));
        remo.uploadChecked(project, "room", Fixtures.roomPhoto(7));
        try (Response response = remo.upload(project, "room", Fixtures.roomPhoto(8), null)) {
            assertProblem(response, 409, "TOO_MANY_ROOM_PHOTOS", "type");
        }
        for (int i = 0; i < 3; i++) {
            try (Response response = remo.upload(project, "inspiration", Fixtures.roomPhoto(20 + i), null)) {
                expect(response, 201);
            }
        }
        try (Response response = remo.upload(project, "inspiration", Fixtures.roomPhoto(30), null)) {
            assertProblem(response, 409, "TOO_MANY_INSPIRATION_PHOTOS", "type");
        }
        assertThat(Database.count("select count(*) from photos where project_id = ?", project.id())).isEqualTo(5);
    }

    @Test
    void malformedScansAreRefusedAndLeaveNothingStored() {
        ProjectHandle project = projectWithPhotosReady();
        List<String> keysBefore = Storage.projectKeys(project.id());
        try (Response response = remo.multipart(project, "scan", Map.of(), "scan", Fixtures.PLY_SCAN, null)) {
            assertProblem(response, 400, "SCAN_DIMENSIONS_REQUIRED", "dimensions");
        }
        try (Response response = remo.multipart(project, "scan", Map.of("dimensions", "{\"room\": [1,2"), null, null, null)) {
            assertProblem(response, 400, "SCAN_DIMENSIONS_MALFORMED", "dimensions");
        }
        String negativeWall = Fixtures.DIMENSIONS.replace("\"width\": 5.1, \"height\": 2.6, \"orientation\": \"east\"",
                "\"width\": -5.1, \"height\": 2.6, \"orientation\": \"east\"");
        try (Response response = remo.multipart(project, "scan", Map.of("dimensions", negativeWall), null, null, null)) {
            assertProblem(response, 400, "SCAN_DIMENSIONS_INVALID", "dimensions.walls[1].width");
        }
        String unknownWall = Fixtures.DIMENSIONS.replace("\"wallId\": \"east\"", "\"wallId\": \"kitchen\"");
        try (Response response = remo.multipart(project, "scan", Map.of("dimensions", unknownWall), null, null, null)) {
            assertProblem(response, 400, "SCAN_DIMENSIONS_INVALID", "dimensions.openings[1].wallId");
        }
        try (Response response = remo.multipart(project, "scan", Map.of("dimensions", Fixtures.DIMENSIONS), "scan",
                "definitely not a scan".getBytes(), null)) {
            assertProblem(response, 415, "SCAN_FORMAT_UNSUPPORTED", "scan");
        }
        assertThat(Database.count("select count(*) from lidar_scans where project_id = ?", project.id())).isZero();
        assertThat(Storage.projectKeys(project.id())).isEqualTo(keysBefore);
        assertThat(remo.state(project).getString("step")).isEqualTo("scan");
    }

    @Test
    void malformedJsonBodiesAreProblems() {
        ProjectHandle project = remo.createProject();
        try (Response response = remo.project(project, "select-option").post(jakarta.ws.rs.client.Entity.json("{\"optionIndex\": "))) {
            assertProblem(response, 400, "MALFORMED_JSON");
        }
        try (Response response = remo.post(project, "select-option", Map.of("optionIndex", 2))) {
            assertProblem(response, 400, "OPTION_INDEX_INVALID", "optionIndex");
        }
        try (Response response = remo.post(project, "photos/uploads", Map.of("type", "room", "contentType", "text/html"))) {
            assertProblem(response, 400, "CONTENT_TYPE_INVALID", "contentType");
        }
    }

    @Test
    void aWrongTokenCannotReadOrChangeTheProject() {
        ProjectHandle project = remo.createProject();
        ProjectHandle intruder = new ProjectHandle(project.id(), remo.createProject().token());
        try (Response response = remo.project(intruder, "state").get()) {
            assertProblem(response, 404, "PROJECT_NOT_FOUND");
        }
        try (Response response = remo.upload(intruder, "room", Fixtures.roomPhoto(9), null)) {
            assertProblem(response, 404, "PROJECT_NOT_FOUND");
        }
        try (Response response = remo.post(intruder, "photos/ready", null)) {
            assertProblem(response, 404, "PROJECT_NOT_FOUND");
        }
        try (Response response = remo.project(intruder, "").delete()) {
            assertProblem(response, 404, "PROJECT_NOT_FOUND");
        }
        try (Response response = remo.project(intruder, "images/" + UUID.randomUUID()).get()) {
            assertProblem(response, 404, "PROJECT_NOT_FOUND");
        }
        assertNothingStored(project);
        assertThat(remo.state(project).getString("step")).isEqualTo("photos");
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyHasOneEffect() {
        String device = "it-idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        JsonObject first;
        try (Response response = remo.jaxrs().target(io.remo.it.support.ItEnvironment.apiUri()).path("projects").request()
                .header("X-Device-ID", device).header("Idempotency-Key", key).post(jakarta.ws.rs.client.Entity.text(""))) {
            expect(response, 201);
            first = response.readEntity(JsonObject.class);
        }
        try (Response response = remo.jaxrs().target(io.remo.it.support.ItEnvironment.apiUri()).path("projects").request()
                .header("X-Device-ID", device).header("Idempotency-Key", key).post(jakarta.ws.rs.client.Entity.text(""))) {
            expect(response, 201);
            assertThat(response.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
            assertThat(response.readEntity(JsonObject.class).getString("id")).isEqualTo(first.getString("id"));
        }
        ProjectHandle project = new ProjectHandle(UUID.fromString(first.getString("id")), first.getString("token"));

        String uploadKey = UUID.randomUUID().toString();
        byte[] photo = Fixtures.roomPhoto(11);
        String photoId;
        try (Response response = remo.project(project, "photos").header("Idempotency-Key", uploadKey)
                .post(multipartEntity(photo))) {
            expect(response, 201);
            photoId = response.readEntity(JsonObject.class).getString("id");
        }
        try (Response response = remo.project(project, "photos").header("Idempotency-Key", uploadKey)
                .post(multipartEntity(photo))) {
            expect(response, 201);
            assertThat(response.readEntity(JsonObject.class).getString("id")).isEqualTo(photoId);
        }
        assertThat(Database.count("select count(*) from photos where project_id = ?", project.id())).isEqualTo(1);

        try (Response response = remo.project(project, "select-option").header("Idempotency-Key", uploadKey)
                .post(jakarta.ws.rs.client.Entity.json(Map.of("optionIndex", 1)))) {
            assertProblem(response, 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
        }
    }

    private jakarta.ws.rs.client.Entity<?> multipartEntity(byte[] photo) {
        try {
            List<jakarta.ws.rs.core.EntityPart> parts = List.of(
                    jakarta.ws.rs.core.EntityPart.withName("type").content("room").build(),
                    jakarta.ws.rs.core.EntityPart.withName("file").fileName("a.jpg")
                            .content(new java.io.ByteArrayInputStream(photo)).build());
            return jakarta.ws.rs.client.Entity.entity(new jakarta.ws.rs.core.GenericEntity<>(parts) { },
                    jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA_TYPE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ProjectHandle projectWithPhotosReady() {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", Fixtures.roomPhoto(40));
        remo.uploadChecked(project, "room", Fixtures.roomPhoto(41));
        try (Response response = remo.post(project, "photos/ready", null)) {
            expect(response, 200);
        }
        return project;
    }

    private List<String> allowed(ProjectHandle project) {
        return remo.state(project).getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static void assertNothingStored(ProjectHandle project) {
        assertThat(Database.count("select count(*) from photos where project_id = ?", project.id())).isZero();
        assertThat(Storage.projectKeys(project.id())).isEmpty();
    }
}
