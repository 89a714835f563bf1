package io.remo.it.security;

import static io.remo.it.security.SecurityCalls.newProject;
import static io.remo.it.security.SecurityCalls.project;
import static io.remo.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.Database;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.testing.HostileUploads;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Person-written text is bounded and cleaned before it is stored or used; bodies are bounded on the wire. */
@ExtendWith(ArquillianExtension.class)
class InputTextIT {

    /** Control characters, a bidirectional override, a zero-width joiner, and runs of whitespace. */
    private static final String DIRTY = "\u0000Soft\u0007 light,\u202E\n\n\tno\u200D clutter\u001B[31m ";

    private final Client client = ClientBuilder.newClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aNoteIsStoredWithoutControlCharactersAndBounded() throws Exception {
        ProjectHandle project = newProject(client, null);
        try (Response response = uploadInspiration(project, DIRTY)) {
            assertThat(response.getStatus()).isEqualTo(201);
            assertThat(response.readEntity(JsonObject.class).getString("note")).isEqualTo("Soft light, no clutter [31m");
        }
        assertThat(Database.single("select note from photos where project_id = ?", project.id()))
                .isEqualTo("Soft light, no clutter [31m");
        try (Response response = uploadInspiration(project, "\u0000".repeat(500) + "x".repeat(200))) {
            assertThat(response.getStatus()).as("the limit counts what is kept, not what is stripped").isEqualTo(201);
        }
        try (Response response = uploadInspiration(project, "x".repeat(201))) {
            assertProblem(response, 400, "NOTE_TOO_LONG", "note");
        }
        try (Response response = project(client, project, "photos/uploads").post(Entity.json(Map.of("type", "inspiration",
                "contentType", "image/jpeg", "note", "y".repeat(201))))) {
            assertProblem(response, 400, "NOTE_TOO_LONG", "note");
        }
    }

    @Test
    void anIntakeMessageIsBoundedAfterCleaning() {
        ProjectHandle project = newProject(client, null);
        try (Response response = project(client, project, "intake/message")
                .post(Entity.json(Map.of("mode", "quick", "content", "x".repeat(8001))))) {
            assertProblem(response, 400, "MESSAGE_TOO_LONG", "content");
        }
        try (Response response = project(client, project, "intake/message")
                .post(Entity.json(Map.of("mode", "quick", "content", "\u0007".repeat(9000) + "a cosy room")))) {
            assertProblem(response, 409, "ILLEGAL_STEP");
        }
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedDeclaredOrStreaming() throws Exception {
        ProjectHandle project = newProject(client, null);
        String huge = "{\"mode\": \"quick\", \"content\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        try (Response response = project(client, project, "intake/message").post(Entity.json(huge))) {
            assertProblem(response, 413, "BODY_TOO_LARGE");
        }
        String streamed = SecurityCalls.postChunkedWithoutEnd(project, "intake/message", "application/json",
                "{\"mode\": \"quick\", \"content\": \"".getBytes(StandardCharsets.US_ASCII), 2 * 1024 * 1024);
        assertThat(streamed).startsWith("HTTP/1.1 413").contains("\"code\":\"BODY_TOO_LARGE\"");
        assertThat(Database.count("select count(*) from design_briefs where project_id = ?", project.id())).isZero();
    }

    private Response uploadInspiration(ProjectHandle project, String note) throws Exception {
        List<EntityPart> parts = List.of(
                EntityPart.withName("type").content("inspiration").build(),
                EntityPart.withName("note").content(note).build(),
                EntityPart.withName("file").fileName("i.jpg")
                        .content(new ByteArrayInputStream(HostileUploads.jpeg(320, 240))).build());
        return project(client, project, "photos").post(Entity.entity(new GenericEntity<>(parts) { },
                MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
