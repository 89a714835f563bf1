package io.remo.it.security;

import static io.remo.it.security.SecurityCalls.api;
import static io.remo.it.security.SecurityCalls.newProject;
import static io.remo.it.security.SecurityCalls.photo;
import static io.remo.it.security.SecurityCalls.project;
import static io.remo.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.Database;
import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.it.support.Storage;
import io.remo.testing.HostileUploads;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** No way into another person's project, with the settings of production. */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    private final Client client = ClientBuilder.newClient();
    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theTokenOfAnotherProjectOpensNoRouteOfThisOne() {
        ProjectHandle victim = newProject(client, null);
        String photoId = uploadPhoto(victim).getString("id");
        List<String> keysBefore = Storage.projectKeys(victim.id());
        ProjectHandle intruder = new ProjectHandle(victim.id(), newProject(client, null).token());

        Entity<?> photo = photo("room", "room.jpg", "image/jpeg", HostileUploads.jpeg(320, 240));
        List<Call> calls = new ArrayList<>(List.of(
                new Call("state", Invocation.Builder::get),
                new Call("", Invocation.Builder::delete),
                new Call("photos", b -> b.post(photo)),
                new Call("photos/uploads", b -> b.post(Entity.json(Map.of("type", "room", "contentType", "image/jpeg")))),
                new Call("photos/" + photoId, Invocation.Builder::delete),
                new Call("intake/message", b -> b.post(Entity.json(Map.of("mode", "quick", "content", "hello")))),
                new Call("select-option", b -> b.post(Entity.json(Map.of("optionIndex", 0)))),
                new Call("images/" + photoId, Invocation.Builder::get),
                new Call("shopping-list", Invocation.Builder::get),
                new Call("events", Invocation.Builder::get)));
        for (String path : List.of("photos/" + photoId + "/confirm", "photos/" + photoId + "/validate", "photos/ready",
                "scan/skip", "intake/confirm", "intake/skip", "generate", "approve", "start-over", "jobs/current/cancel")) {
            calls.add(new Call(path, b -> b.post(Entity.json(Map.of()))));
        }
        for (Call call : calls) {
            try (Response response = call.request().apply(project(client, intruder, call.path()))) {
                assertProblem(response, 404, "PROJECT_NOT_FOUND");
            }
        }
        assertThat(Storage.projectKeys(victim.id())).isEqualTo(keysBefore);
        assertThat(Database.count("select count(*) from photos where project_id = ?", victim.id())).isEqualTo(1);
        try (Response response = project(client, victim, "state").get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(JsonObject.class).getString("step")).isEqualTo("photos");
        }
    }

    @Test
    void aPresignedUrlOpensOneObjectForOneHourAndOnlyForReading() throws Exception {
        ProjectHandle mine = newProject(client, null);
        ProjectHandle theirs = newProject(client, null);
        URI url = URI.create(uploadPhoto(mine).getString("url"));
        URI other = URI.create(uploadPhoto(theirs).getString("url"));
        assertThat(url.getRawQuery()).contains("X-Amz-Expires=3600");

        String key = url.getRawPath().substring(("/" + ItEnvironment.s3Bucket() + "/").length());
        var download = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Storage.get(key));

        URI anotherKey = URI.create(other.getScheme() + "://" + other.getRawAuthority() + other.getRawPath() + "?" + url.getRawQuery());
        var refused = http.send(HttpRequest.newBuilder(anotherKey).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as("the signature names one key").isEqualTo(403);
        assertThat(refused.body()).contains("SignatureDoesNotMatch");

        var overwrite = http.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofString("mine now")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(overwrite.statusCode()).as("a download URL does not upload").isEqualTo(403);
        assertThat(Storage.get(key)).isEqualTo(download.body());
    }

    @Test
    void noEndpointListsProjects() throws Exception {
        newProject(client, null);
        for (String path : List.of("projects", "projects/")) {
            try (Response response = api(client, path).get()) {
                assertProblem(response, 405, "METHOD_NOT_ALLOWED");
            }
        }
        var openapi = http.send(HttpRequest.newBuilder(ItEnvironment.baseUri().resolve("openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        JsonObject paths;
        try (var reader = jakarta.json.Json.createReader(openapi.body())) {
            paths = reader.readObject().getJsonObject("paths");
        }
        assertThat(paths.get("/api/v1/projects").asJsonObject().keySet()).containsExactly("post");
        for (var path : paths.entrySet()) {
            boolean reads = path.getValue().asJsonObject().containsKey("get");
            assertThat(!reads || path.getKey().startsWith("/api/v1/projects/{id}/") || path.getKey().startsWith("/api/v1/admin/"))
                    .as("GET " + path.getKey() + " reads one project (by its id and token) or is an operator's")
                    .isTrue();
        }
    }

    @Test
    void corsIsClosedByDefault() {
        try (Response preflight = api(client, "projects").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").options()) {
            assertProblem(preflight, 403, "CORS_NOT_ALLOWED");
            assertThat(preflight.getHeaderString("Access-Control-Allow-Origin")).isNull();
        }
        ProjectHandle project = newProject(client, null);
        try (Response response = project(client, project, "state").header("Origin", "https://evil.example").get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaders().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
        }
    }

    /** One route of a project: its path under the project and how it is called. */
    private record Call(String path, Function<Invocation.Builder, Response> request) {
    }

    private JsonObject uploadPhoto(ProjectHandle project) {
        try (Response response = project(client, project, "photos")
                .post(photo("room", "room.jpg", "image/jpeg", HostileUploads.jpeg(320, 240)))) {
            assertThat(response.getStatus()).isEqualTo(201);
            JsonObject photo = response.readEntity(JsonObject.class);
            assertThat(photo.get("url")).isNotEqualTo(JsonValue.NULL);
            return photo;
        }
    }
}
