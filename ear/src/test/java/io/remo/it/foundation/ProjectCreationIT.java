package io.remo.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.Database;
import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoDeployment;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ProjectCreationIT {

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
    void createsAProjectRowAndReturnsItsState() throws Exception {
        String deviceId = "device-" + UUID.randomUUID();
        Instant before = Instant.now();
        JsonObject created;
        UUID id;
        try (Response response = remo.jaxrs().target(ItEnvironment.apiUri()).path("projects").request()
                .header("X-Device-ID", deviceId).post(Entity.text(""))) {
            assertThat(response.getStatus()).isEqualTo(201);
            created = response.readEntity(JsonObject.class);
            id = UUID.fromString(created.getString("id"));
            assertThat(response.getLocation().getPath()).isEqualTo("/api/v1/projects/" + id + "/state");
        }
        assertThat(created.getString("step")).isEqualTo("photos");
        String token = created.getString("token");
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
        Instant purgeAt = Instant.parse(created.getString("purgeAt"));
        assertThat(purgeAt).isBetween(before.plus(Duration.ofHours(48)), Instant.now().plus(Duration.ofHours(48)));

        var row = Database.rows("select step, device_fingerprint, token_hash from projects where id = ?", id);
        assertThat(row).hasSize(1);
        assertThat(row.get(0).get(0)).isEqualTo("photos");
        assertThat(row.get(0).get(1)).as("only a fingerprint of the device id is kept").isEqualTo(sha256Hex(deviceId));
        assertThat((byte[]) row.get(0).get(2)).as("only a hash of the token is kept")
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));

        try (Response state = remo.project(new RemoClient.ProjectHandle(id, token), "state").get()) {
            assertThat(state.getStatus()).isEqualTo(200);
            JsonObject body = state.readEntity(JsonObject.class);
            assertThat(body.getString("id")).isEqualTo(id.toString());
            assertThat(body.getString("step")).isEqualTo("photos");
            assertThat(Instant.parse(body.getString("purgeAt"))).isEqualTo(purgeAt);
        }
    }

    @Test
    void refusesACreationWithoutDeviceId() {
        long projectsBefore = Database.count("select count(*) from projects");
        try (Response response = remo.jaxrs().target(ItEnvironment.apiUri()).path("projects").request().post(Entity.text(""))) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
            JsonObject problem = response.readEntity(JsonObject.class);
            assertThat(problem.getString("code")).isEqualTo("DEVICE_ID_REQUIRED");
            assertThat(problem.getString("field")).isEqualTo("X-Device-ID");
        }
        assertThat(Database.count("select count(*) from projects")).isEqualTo(projectsBefore);
    }

    @Test
    void aWrongOrMissingTokenLooksLikeAnUnknownProject() {
        var project = remo.createProject();
        var wrongToken = new RemoClient.ProjectHandle(project.id(), project.token() + "x");
        var unknownProject = new RemoClient.ProjectHandle(UUID.randomUUID(), project.token());
        for (var handle : new RemoClient.ProjectHandle[] {wrongToken, unknownProject}) {
            try (Response response = remo.project(handle, "state").get()) {
                assertThat(response.getStatus()).isEqualTo(404);
                assertThat(response.readEntity(JsonObject.class).getString("code")).isEqualTo("PROJECT_NOT_FOUND");
            }
        }
        try (Response response = remo.jaxrs().target(ItEnvironment.apiUri()).path("projects")
                .path(project.id().toString()).path("state").request().header(HttpHeaders.AUTHORIZATION, null).get()) {
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.readEntity(JsonObject.class).getString("code")).isEqualTo("PROJECT_NOT_FOUND");
        }
    }

    private static String sha256Hex(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
