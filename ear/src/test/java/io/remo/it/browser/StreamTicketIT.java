package io.remo.it.browser;

import static io.remo.it.support.Problems.assertProblem;
import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.Completeness;
import io.remo.it.support.Database;
import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event stream's ticket, for clients that cannot send the Authorization header (a browser's EventSource): issued
 * to the token's bearer, good for one stream, for a minute, for its own project only, stored only as a hash, and
 * gone with the project.
 */
@ExtendWith(ArquillianExtension.class)
class StreamTicketIT {

    private final RemoClient remo = new RemoClient();
    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void close() {
        remo.close();
    }

    @Test
    void aTicketOpensOneStreamOnce() throws Exception {
        ProjectHandle project = remo.createProject();
        Instant before = Instant.now();
        JsonObject ticket = ticket(project);
        assertThat(Instant.parse(ticket.getString("expiresAt"))).isBetween(before.plusSeconds(55), Instant.now().plusSeconds(61));
        assertThat(Database.count("select count(*) from stream_tickets where project_id = ? and ticket_hash = ?",
                project.id(), sha256(ticket.getString("ticket")))).as("only the hash is stored").isEqualTo(1);

        HttpResponse<Stream<String>> stream = openStream(project.id(), ticket.getString("ticket"));
        try (Stream<String> lines = stream.body()) {
            assertThat(stream.statusCode()).isEqualTo(200);
            List<String> first = lines.filter(line -> !line.isBlank()).limit(2).toList();
            assertThat(first.get(0)).isEqualTo("event: state");
            assertThat(first.get(1)).startsWith("data: {").contains(project.id().toString());
        }
        assertThat(Database.count("select count(*) from stream_tickets where project_id = ?", project.id())).isZero();

        HttpResponse<String> again = http.send(streamRequest(project.id(), ticket.getString("ticket")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("a used ticket").isEqualTo(404);
        assertThat(again.body()).contains("\"code\":\"PROJECT_NOT_FOUND\"");
    }

    @Test
    void aTicketIsRefusedWhenExpiredOrForAnotherProjectAndNeedsTheToken() throws Exception {
        ProjectHandle project = remo.createProject();
        ProjectHandle other = remo.createProject();

        String forOther = ticket(other).getString("ticket");
        assertThat(http.send(streamRequest(project.id(), forOther), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("another project's ticket").isEqualTo(404);
        assertThat(Database.count("select count(*) from stream_tickets where project_id = ?", other.id()))
                .as("not used up by the wrong project").isEqualTo(1);

        String expiring = ticket(project).getString("ticket");
        try (Connection db = ItEnvironment.database();
             PreparedStatement expire = db.prepareStatement("update stream_tickets set expires_at = now() - interval '1 second' "
                     + "where project_id = ?")) {
            expire.setObject(1, project.id());
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        assertThat(http.send(streamRequest(project.id(), expiring), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("an expired ticket").isEqualTo(404);
        assertThat(http.send(streamRequest(project.id(), "not-a-ticket"), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("a made-up ticket").isEqualTo(404);

        ProjectHandle wrongToken = new ProjectHandle(project.id(), other.token());
        try (Response response = remo.post(wrongToken, "events/ticket", null)) {
            assertProblem(response, 404, "PROJECT_NOT_FOUND");
        }
        try (Response response = remo.jaxrs().target(ItEnvironment.apiUri()).path("projects").path(project.id().toString())
                .path("events/ticket").request().post(null)) {
            assertProblem(response, 404, "PROJECT_NOT_FOUND");
        }
    }

    @Test
    void ticketsGoWithTheirProject() {
        ProjectHandle project = remo.createProject();
        ticket(project);
        ticket(project);
        try (Response response = remo.project(project, "").delete()) {
            expect(response, 204);
        }
        Completeness.assertPurged(remo, project, "user_request");
    }

    private JsonObject ticket(ProjectHandle project) {
        try (Response response = remo.post(project, "events/ticket", null)) {
            expect(response, 200);
            assertThat(response.getHeaderString("Cache-Control")).contains("no-store");
            return response.readEntity(JsonObject.class);
        }
    }

    private HttpResponse<Stream<String>> openStream(UUID projectId, String ticket) throws Exception {
        return http.send(streamRequest(projectId, ticket), HttpResponse.BodyHandlers.ofLines());
    }

    private static HttpRequest streamRequest(UUID projectId, String ticket) {
        return HttpRequest.newBuilder(URI.create(ItEnvironment.apiUri() + "projects/" + projectId + "/events?ticket=" + ticket))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).build();
    }

    private static byte[] sha256(String ticket) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8));
    }
}
