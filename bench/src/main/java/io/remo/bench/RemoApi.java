package io.remo.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The phone's side of the API over plain java.net.http, so the client adds as little as possible to what is timed. */
final class RemoApi {

    record Project(UUID id, String token) {
    }

    /** A response whose status the caller judges. */
    record Answer(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RemoApi(URI api) {
        this.api = api.toString().endsWith("/") ? api : URI.create(api + "/");
    }

    URI api() {
        return api;
    }

    HttpClient http() {
        return http;
    }

    Project create() {
        return parseCreated(send(createRequest()));
    }

    /** Creation without waiting, for the load the lifecycle benchmarks need. */
    CompletableFuture<Project> createAsync() {
        return http.sendAsync(createRequest(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> parseCreated(new Answer(r.statusCode(), r.body())));
    }

    private HttpRequest createRequest() {
        return HttpRequest.newBuilder(api.resolve("projects"))
                .header("X-Device-ID", "bench-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static Project parseCreated(Answer answer) {
        expect(answer, 201, "create project");
        JsonObject body = answer.json();
        return new Project(UUID.fromString(body.getString("id")), body.getString("token"));
    }

    JsonObject state(Project project) {
        Answer answer = send(request(project, "state").GET().build());
        expect(answer, 200, "state");
        return answer.json();
    }

    /** POSTs a JSON body ("{}" when null) to a path of the project. */
    Answer post(Project project, String path, String json) {
        return send(request(project, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json)).build());
    }

    Answer postExpecting(Project project, String path, String json, int status) {
        Answer answer = post(project, path, json);
        expect(answer, status, "POST " + path);
        return answer;
    }

    Answer delete(Project project) {
        return send(HttpRequest.newBuilder(projectUri(project, ""))
                .header("Authorization", "Bearer " + project.token()).DELETE().build());
    }

    /** A multipart upload: text fields name=value and a file part (none when {@code file} is null). */
    Answer upload(Project project, String path, String fileField, String fileName, byte[] file, String... fields) {
        String boundary = "bench-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        try {
            for (int i = 0; i + 1 < fields.length; i += 2) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                        + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(project, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    byte[] download(String url) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("download answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(Project project, String path) {
        return HttpRequest.newBuilder(projectUri(project, path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + project.token());
    }

    private URI projectUri(Project project, String path) {
        return api.resolve("projects/" + project.id() + (path.isEmpty() ? "" : "/" + path));
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": expected HTTP " + status + ", got " + answer.status() + ": " + answer.body());
        }
    }
}
