package io.remo.it.security;

import static io.remo.it.security.SecurityCalls.api;
import static io.remo.it.security.SecurityCalls.newProject;
import static io.remo.it.security.SecurityCalls.photo;
import static io.remo.it.security.SecurityCalls.project;
import static io.remo.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.testing.HostileUploads;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The access settings an operator changes: how long a presigned URL lives, which browser origins may call. */
@ExtendWith(ArquillianExtension.class)
class AccessSettingsIT {

    private static final String APP_ORIGIN = "https://app.remo.test";

    private final Client client = ClientBuilder.newClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(Map.of("remo.s3.presign-expiry", "PT3S", "remo.cors.allowed-origins", APP_ORIGIN));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anExpiredPresignedUrlIsRefused() throws Exception {
        ProjectHandle project = newProject(client, null);
        URI url;
        try (Response response = project(client, project, "photos")
                .post(photo("room", "room.jpg", "image/jpeg", HostileUploads.jpeg(320, 240)))) {
            assertThat(response.getStatus()).isEqualTo(201);
            url = URI.create(response.readEntity(JsonObject.class).getString("url"));
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest download = HttpRequest.newBuilder(url).build();
        assertThat(http.send(download, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        await("the URL expires").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.send(download, HttpResponse.BodyHandlers.discarding()).statusCode() == 403);
        assertThat(http.send(download, HttpResponse.BodyHandlers.ofString()).body()).contains("AccessDenied");
    }

    @Test
    void anAllowedOriginGetsItsPreflightAnsweredAndMayReadResponses() {
        try (Response preflight = api(client, "projects/" + java.util.UUID.randomUUID() + "/photos")
                .header("Origin", APP_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key").options()) {
            assertThat(preflight.getStatus()).isEqualTo(204);
            assertThat(preflight.getHeaderString("Access-Control-Allow-Origin")).isEqualTo(APP_ORIGIN);
            assertThat(preflight.getHeaderString("Access-Control-Allow-Methods")).contains("POST", "GET", "DELETE");
            assertThat(preflight.getHeaderString("Access-Control-Allow-Headers")).contains("Authorization",
                    "Content-Type", "Idempotency-Key", "X-Device-ID");
            assertThat(preflight.getHeaderString("Access-Control-Max-Age")).isEqualTo("600");
            assertThat(preflight.getHeaderString("Access-Control-Allow-Credentials")).isNull();
        }
        ProjectHandle project = newProject(client, null);
        try (Response response = project(client, project, "state").header("Origin", APP_ORIGIN).get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isEqualTo(APP_ORIGIN);
            assertThat(response.getHeaderString("Access-Control-Expose-Headers")).contains("Retry-After", "Location");
            assertThat(response.getHeaderString("Vary")).contains("Origin");
        }
    }

    @Test
    void otherOriginsMethodsAndHeadersStayClosed() {
        for (var refused : Map.of(
                "https://evil.example", "POST",
                APP_ORIGIN, "PUT").entrySet()) {
            try (Response preflight = api(client, "projects").header("Origin", refused.getKey())
                    .header("Access-Control-Request-Method", refused.getValue()).options()) {
                assertProblem(preflight, 403, "CORS_NOT_ALLOWED");
            }
        }
        try (Response preflight = api(client, "projects").header("Origin", APP_ORIGIN)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "x-admin").options()) {
            assertProblem(preflight, 403, "CORS_NOT_ALLOWED");
        }
        ProjectHandle project = newProject(client, null);
        try (Response response = project(client, project, "state").header("Origin", "https://evil.example").get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isNull();
            assertThat(response.getHeaderString("Vary")).as("caches keep answers per origin").contains("Origin");
        }
    }
}
