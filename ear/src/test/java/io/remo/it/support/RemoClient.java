package io.remo.it.support;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

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

    public Client jaxrs() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
