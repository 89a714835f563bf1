package io.remo.it.support;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** The phone's side of the API, for black-box tests over HTTP. */
public final class RemoClient implements AutoCloseable {

    private final Client client = ClientBuilder.newClient();

    /** A project as the phone holds it: its id and its bearer token. */
    public record ProjectHandle(UUID id, String token) {
    }

    public ProjectHandle createProject() {
        try (Response response = client.target(ItEnvironment.apiUri()).path("projects").request()
                .header("X-Device-ID", "it-" + UUID.randomUUID())
                .post(Entity.text(""))) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("create answered " + response.getStatus() + ": " + response.readEntity(String.class));
            }
            JsonObject body = response.readEntity(JsonObject.class);
            return new ProjectHandle(UUID.fromString(body.getString("id")), body.getString("token"));
        }
    }

    public Invocation.Builder project(ProjectHandle project, String path) {
        return client.target(ItEnvironment.apiUri()).path("projects").path(project.id().toString()).path(path)
                .request().header(HttpHeaders.AUTHORIZATION, "Bearer " + project.token());
    }

    public JsonObject state(ProjectHandle project) {
        try (Response response = project(project, "state").get()) {
            expect(response, 200);
            return response.readEntity(JsonObject.class);
        }
    }

    /** POSTs a JSON body (or none) and returns the response; the caller closes it. */
    public Response post(ProjectHandle project, String path, Object jsonBody) {
        return project(project, path).post(jsonBody == null ? Entity.json("{}") : Entity.json(jsonBody));
    }

    public Response upload(ProjectHandle project, String type, byte[] file, String note) {
        return multipart(project, "photos", Map.of("type", type), "file", file, note);
    }

    /** A multipart POST: text fields, and one file part (omitted when {@code file} is null). */
    public Response multipart(ProjectHandle project, String path, Map<String, String> fields, String fileField,
                              byte[] file, String note) {
        try {
            List<EntityPart> parts = new ArrayList<>();
            for (var field : fields.entrySet()) {
                parts.add(EntityPart.withName(field.getKey()).content(field.getValue()).build());
            }
            if (note != null) {
                parts.add(EntityPart.withName("note").content(note).build());
            }
            if (file != null) {
                parts.add(EntityPart.withName(fileField).fileName("upload.bin")
                        .content(new ByteArrayInputStream(file)).mediaType(MediaType.APPLICATION_OCTET_STREAM_TYPE).build());
            }
            return project(project, path).post(Entity.entity(new GenericEntity<List<EntityPart>>(parts) { },
                    MediaType.MULTIPART_FORM_DATA_TYPE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a photo and waits until its checks are done; returns its id. */
    public UUID uploadChecked(ProjectHandle project, String type, byte[] file) {
        UUID photoId;
        try (Response response = upload(project, type, file, null)) {
            expect(response, 201);
            photoId = UUID.fromString(response.readEntity(JsonObject.class).getString("id"));
        }
        Awaitility.await("photo " + photoId + " checked").atMost(Duration.ofSeconds(60))
                .until(() -> !"pending".equals(photoStatus(project, photoId)));
        return photoId;
    }

    public String photoStatus(ProjectHandle project, UUID photoId) {
        return state(project).getJsonArray("photos").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(photoId.toString())).findFirst()
                .map(p -> p.getString("validationStatus")).orElse("absent");
    }

    /**
     * A multipart photo upload sent with {@code Expect: 100-continue}, as a phone with a large file would send it: a
     * server that refuses the declared length answers before the body travels. Returns status and body.
     */
    public java.net.http.HttpResponse<String> uploadExpectingContinue(ProjectHandle project, byte[] file) throws Exception {
        String boundary = "remo-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nroom\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        var request = java.net.http.HttpRequest.newBuilder(ItEnvironment.apiUri().resolve("projects/" + project.id() + "/photos"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + project.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .expectContinue(true)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    public static void expect(Response response, int status) {
        if (response.getStatus() != status) {
            response.bufferEntity();
            throw new AssertionError("expected HTTP " + status + " but got " + response.getStatus() + ": "
                    + response.readEntity(String.class));
        }
    }

    public Client jaxrs() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
