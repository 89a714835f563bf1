package io.remo.it.security;

import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient.ProjectHandle;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Requests the security tests make that the phone's client does not: spoofed headers, chosen file names. */
final class SecurityCalls {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private SecurityCalls() {
    }

    /** A client address of the documentation range 2001:db8::/32, different for every call. */
    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x:%x:%x:%x:%x", random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
    }

    static Invocation.Builder api(Client client, String path) {
        return client.target(ItEnvironment.apiUri()).path(path).request();
    }

    static Invocation.Builder project(Client client, ProjectHandle project, String path) {
        return api(client, "projects/" + project.id() + (path.isEmpty() ? "" : "/" + path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + project.token());
    }

    static Response createProject(Client client, String deviceId, String forwardedFor) {
        return api(client, "projects").header("X-Device-ID", deviceId).header(FORWARDED_FOR, forwardedFor)
                .post(Entity.text(""));
    }

    static ProjectHandle created(Response response) {
        if (response.getStatus() != 201) {
            throw new AssertionError("create answered " + response.getStatus() + ": " + response.readEntity(String.class));
        }
        JsonObject body = response.readEntity(JsonObject.class);
        return new ProjectHandle(UUID.fromString(body.getString("id")), body.getString("token"));
    }

    static ProjectHandle newProject(Client client, String forwardedFor) {
        try (Response response = createProject(client, "it-" + UUID.randomUUID(), forwardedFor)) {
            return created(response);
        }
    }

    /** A photo upload as a browser or an attacker would send it: the file part carries their name and type. */
    static Entity<?> photo(String type, String fileName, String contentType, byte[] bytes) {
        try {
            List<EntityPart> parts = new ArrayList<>();
            parts.add(EntityPart.withName("type").content(type).build());
            parts.add(EntityPart.withName("file").fileName(fileName).content(new ByteArrayInputStream(bytes))
                    .mediaType(contentType).build());
            return Entity.entity(new GenericEntity<List<EntityPart>>(parts) { }, MediaType.MULTIPART_FORM_DATA_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
