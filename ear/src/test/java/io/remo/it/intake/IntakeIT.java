package io.remo.it.intake;

import static io.remo.it.support.Problems.assertProblem;
import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.imaging.ImageCodec;
import io.remo.imaging.RgbImage;
import io.remo.it.support.Database;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.testing.SyntheticRoom;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The intake conversation over the API, and the brief visibly steering the generated options. */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    static final Duration JOB = Duration.ofSeconds(90);

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
    void aQuickConversationBecomesTheConfirmedBrief() {
        ProjectHandle project = projectAtIntake(601);
        try (Response response = remo.post(project, "intake/message", Map.of("content", "hello"))) {
            assertProblem(response, 400, "INTAKE_MODE_REQUIRED", "mode");
        }
        try (Response response = remo.post(project, "intake/message", Map.of("mode", "chatty"))) {
            assertProblem(response, 400, "INTAKE_MODE_INVALID", "mode");
        }
        JsonObject first = message(project, Map.of("mode", "quick"));
        assertThat(first.getString("reply")).isNotBlank();
        assertThat(strings(first, "suggestions")).hasSizeBetween(2, 6);
        assertThat(strings(first, "remainingFields")).contains("roomType");

        message(project, Map.of("content", "It's our lounge"));
        message(project, Map.of("content", "Cozy and warm, lots of natural wood, but no grey please"));
        JsonObject last = message(project, Map.of("content", "keep the green sofa"));
        assertThat(last.getBoolean("complete")).isTrue();
        JsonObject brief = last.getJsonObject("brief");
        assertThat(brief.getString("roomType")).isEqualTo("living_room");
        assertThat(strings(brief, "keepItems")).containsExactly("the green sofa");
        JsonObject style = brief.getJsonObject("styleProfile");
        assertThat(style.getString("mood")).isEqualTo("cozy");
        assertThat(strings(style, "avoidColors")).contains("grey");
        assertThat(strings(style, "textures")).contains("wood");
        assertThat(strings(last, "filledFields")).contains("roomType", "mood", "keepItems");

        JsonObject state = remo.state(project);
        assertThat(state.getJsonObject("brief").getBoolean("confirmed")).isFalse();
        assertThat(strings(state.getJsonObject("brief"), "summary")).contains("Room: living room");
        try (Response response = remo.post(project, "intake/confirm", null)) {
            expect(response, 200);
            assertThat(response.readEntity(JsonObject.class).getString("step")).isEqualTo("generating");
        }
        assertThat((String) Database.single("select cast(conversation_history as text) from design_briefs where project_id = ?",
                project.id())).contains("keep the green sofa");
    }

    @Test
    void optionsFollowThePaletteOfTheBrief() throws Exception {
        double warm = meanWarmth(generateWith("open", "A living room with terracotta and cream, warm light"));
        double cool = meanWarmth(generateWith("open", "A living room with navy and light blue, cool light"));
        assertThat(warm).as("the terracotta brief comes out warmer than the navy one").isGreaterThan(cool + 10);
    }

    private List<RgbImage> generateWith(String mode, String description) throws Exception {
        ProjectHandle project = projectAtIntake(611);
        message(project, Map.of("mode", mode, "content", description));
        try (Response response = remo.post(project, "intake/confirm", null)) {
            expect(response, 200);
        }
        await().atMost(JOB).until(() -> "selection".equals(remo.state(project).getString("step")));
        List<RgbImage> options = new java.util.ArrayList<>();
        for (JsonObject option : remo.state(project).getJsonArray("options").getValuesAs(JsonObject.class)) {
            HttpResponse<byte[]> image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(option.getString("url")))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            options.add(ImageCodec.decode(image.body(), 50_000_000));
        }
        return options;
    }

    /** Red minus blue, averaged over both options: positive for warm palettes, negative for cool ones. */
    private static double meanWarmth(List<RgbImage> options) {
        double sum = 0;
        long n = 0;
        for (RgbImage image : options) {
            byte[] p = image.pixels();
            for (int i = 0; i < p.length; i += 3) {
                sum += (p[i] & 0xFF) - (p[i + 2] & 0xFF);
                n++;
            }
        }
        return sum / n;
    }

    private ProjectHandle projectAtIntake(long seed) {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, seed));
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, seed + 1));
        for (String action : new String[] {"photos/ready", "scan/skip"}) {
            try (Response response = remo.post(project, action, null)) {
                expect(response, 200);
            }
        }
        return project;
    }

    private JsonObject message(ProjectHandle project, Map<String, String> body) {
        try (Response response = remo.post(project, "intake/message", body)) {
            expect(response, 200);
            return response.readEntity(JsonObject.class);
        }
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
