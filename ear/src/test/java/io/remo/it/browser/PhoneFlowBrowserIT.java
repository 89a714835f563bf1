package io.remo.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Completeness;
import io.remo.it.support.Database;
import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.testing.SyntheticRoom;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.assertj.core.data.Offset;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The reference web client in headless Chromium, as a person uses it on a phone: from an empty browser through
 * photos, scan, intake, generation, the choice, a lasso revision drawn with the mouse and approval to the shopping
 * list, with reloads on the way, and finally "delete my data now". A screenshot of each screen is kept under
 * target/browser-screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class PhoneFlowBrowserIT {

    static final Duration SCREEN = Duration.ofSeconds(20);
    static final Duration JOB = Duration.ofSeconds(120);
    static final String FAULT_PROPERTY = "remo.pipeline.fault-injection";

    /** The lasso: an ellipse around the lower middle of the design, as fractions of the image. */
    static final double LASSO_CENTER_X = 0.5;
    static final double LASSO_CENTER_Y = 0.62;
    static final double LASSO_RADIUS_X = 0.22;
    static final double LASSO_RADIUS_Y = 0.16;

    static final String DIMENSIONS = """
            {"room": {"width": 4.2, "length": 5.1, "height": 2.6, "unit": "m"},
             "walls": [{"id": "north", "width": 4.2, "height": 2.6, "orientation": "north"},
                       {"id": "east", "width": 5.1, "height": 2.6, "orientation": "east"},
                       {"id": "south", "width": 4.2, "height": 2.6, "orientation": "south"},
                       {"id": "west", "width": 5.1, "height": 2.6, "orientation": "west"}],
             "openings": [{"type": "window", "wallId": "north", "width": 1.4, "height": 1.3, "position": 1.2},
                          {"type": "door", "wallId": "east", "width": 0.9, "height": 2.1, "position": 3.8}],
             "floorAreaSqm": 21.4}
            """;

    /**
     * A small catalogue for a living room, in the format of the shipped file: imported when the test server's catalogue
     * is empty, and removed afterwards so that later tests find the catalogue as this one did.
     */
    static final String CATALOG = """
            X1;item_id;name;category;price;old_price;sellable_online;link;other_colors;short_description;designer;depth;height;width
            0;20000001;KIVIK;Sofas & armchairs;2495,0;No old price;TRUE;https://www.ikea.com/sa/en/p/kivik-3-seat-sofa-beige-20000001/;No;3-seat sofa,          228x95 cm;Designer K;95;83;228
            1;20000002;POANG;Sofas & armchairs;695,0;No old price;TRUE;https://www.ikea.com/sa/en/p/poang-armchair-birch-20000002/;Yes;Armchair;Designer L;82;100;68
            2;20000003;LISTERBY;Tables & desks;899,0;No old price;TRUE;https://www.ikea.com/sa/en/p/listerby-coffee-table-oak-20000003/;No;Coffee table,          140x60 cm;Designer M;60;45;140
            3;20000004;LOHALS;Rugs;499,0;No old price;TRUE;https://www.ikea.com/sa/en/p/lohals-rug-flatwoven-natural-20000004/;No;Rug, flatwoven,          160x230 cm;Designer N;;;
            4;20000005;HEKTAR;Lighting;399,0;No old price;TRUE;https://www.ikea.com/sa/en/p/hektar-floor-lamp-dark-grey-20000005/;No;Floor lamp,          181 cm;Designer F;;;
            5;20000006;HEMNES;Bookcases & shelving units;1095,0;No old price;TRUE;https://www.ikea.com/sa/en/p/hemnes-bookcase-white-20000006/;Yes;Bookcase,          90x197 cm;Designer O;37;197;90
            6;20000007;BESTA;Sideboards, buffets & console tables;1295,0;No old price;TRUE;https://www.ikea.com/sa/en/p/besta-sideboard-oak-20000007/;No;Sideboard,          180x42x74 cm;Designer J;42;74;180
            7;20000008;SKOGSTA;Tables & desks;2995,0;No old price;TRUE;https://www.ikea.com/sa/en/p/skogsta-dining-table-acacia-20000008/;No;Dining table,          235x100 cm;Designer P;100;74;235
            """;
    static final List<String> CATALOG_IDS = List.of("20000001", "20000002", "20000003", "20000004", "20000005",
            "20000006", "20000007", "20000008");

    @ArquillianResource
    ManagementClient management;

    private final RemoClient remo = new RemoClient();
    private Browser browser;

    /** What the page showed when a test failed, kept with the other screenshots. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("failure");
        }
    };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        // The shopping list needs a product catalogue, which the test server otherwise leaves empty.
        Path catalog = file("living-room-catalog.csv", CATALOG.getBytes(StandardCharsets.UTF_8));
        return RemoDeployment.ear(Map.of("remo.catalog.import-on-start", "true", "remo.catalog.path", catalog.toString()));
    }

    @AfterAll
    static void removeTheCatalog() throws Exception {
        try (Connection db = ItEnvironment.database();
             PreparedStatement delete = db.prepareStatement("delete from catalog_products where source_id = any (?)")) {
            delete.setArray(1, db.createArrayOf("varchar", CATALOG_IDS.toArray()));
            delete.executeUpdate();
        }
    }

    @AfterEach
    void close() throws Exception {
        injectFault(null);
        if (browser != null) {
            browser.close();
        }
        remo.close();
    }

    @Test
    void walksFromAnEmptyBrowserToTheShoppingListAndDeletesEverything() throws Exception {
        browser = new Browser("phone-flow", Browser.PHONE);
        browser.open(ItEnvironment.baseUri());
        browser.awaitStep("welcome", SCREEN);
        assertThat(storedProject()).as("nothing stored yet").isNull();
        browser.screenshot("welcome");

        browser.find("#start-project").click();
        browser.awaitStep("photos", SCREEN);
        JsonObject stored = storedProject();
        ProjectHandle project = new ProjectHandle(UUID.fromString(stored.getString("id")), stored.getString("token"));
        assertThat(remo.state(project).getString("step")).isEqualTo("photos");
        assertPurgeCountdown(project, 47, 48);

        uploadPhotos();
        browser.find("#photos-ready").click();
        browser.awaitStep("scan", SCREEN);

        browser.find("#dimensions-file").sendKeys(file("dimensions.json", DIMENSIONS.getBytes()).toString());
        browser.await(SCREEN, d -> browser.find("#dimensions-preview").getText().startsWith("Room 4.2 × 5.1 m, 2.6 m high"));
        browser.screenshot("scan");
        browser.find("#upload-scan").click();
        browser.awaitStep("intake", SCREEN);
        assertThat(remo.state(project).getBoolean("hasLidar")).isTrue();

        talkThroughTheIntake();
        injectFault("hang:generate");
        browser.find("#confirm-brief").click();
        browser.awaitStep("generating", SCREEN);
        generateWithProgressCancelAndRetry();

        browser.awaitStep("selection", JOB);
        assertThat(browser.findAll("#options img")).hasSize(2);
        browser.screenshot("options");
        browser.find(".choose-option[data-option='1']").click();
        browser.awaitStep("iteration", SCREEN);
        assertThat(remo.state(project).getInt("selectedOption")).isEqualTo(1);

        drawAndSendALassoRevision(project);
        approveAndReadTheShoppingList(project);
        deleteEverything(project);
    }

    @Test
    void apiDocsShowEveryOperationAndCallThemWithAProjectToken() throws Exception {
        ProjectHandle project = remo.createProject();
        browser = new Browser("api-docs", Browser.DESKTOP);
        browser.open(ItEnvironment.baseUri().resolve("api-docs"));
        int operations = operationCount();
        browser.await(SCREEN, d -> browser.findAll(".opblock").size() == operations);
        assertThat(browser.findAll(".opblock-summary-path").stream().map(e -> e.getAttribute("data-path")))
                .contains("/api/v1/projects", "/api/v1/projects/{id}/state", "/api/v1/projects/{id}/events",
                        "/api/v1/projects/{id}/events/ticket", "/api/v1/projects/{id}/revisions",
                        "/api/v1/projects/{id}/shopping-list.pdf");

        browser.find(".btn.authorize").click();
        browser.awaitVisible(".auth-container input", SCREEN).sendKeys(project.token());
        browser.find(".auth-btn-wrapper .authorize").click();
        browser.find(".auth-btn-wrapper .btn-done").click();

        WebElement state = browser.find(".opblock-get:has([data-path='/api/v1/projects/{id}/state'])");
        state.findElement(By.cssSelector(".opblock-summary-control")).click();
        browser.awaitVisible(".opblock-get:has([data-path='/api/v1/projects/{id}/state']) .parameters input", SCREEN)
                .sendKeys(project.id().toString());
        state.findElement(By.cssSelector(".execute")).click();
        WebElement response = browser.awaitVisible(".opblock-get:has([data-path='/api/v1/projects/{id}/state']) "
                + ".live-responses-table tbody .response-col_status", SCREEN);
        assertThat(response.getText()).isEqualTo("200");
        assertThat(state.findElement(By.cssSelector(".live-responses-table .microlight")).getText())
                .contains("\"step\": \"photos\"", project.id().toString());
        browser.screenshot("api-docs-try-it-out");
    }

    private void uploadPhotos() {
        // A photo that fails its checks says why, and can be removed.
        browser.find("#inspiration-file").sendKeys(file("small.jpg", SyntheticRoom.jpeg(480, 360, 5)).toString());
        WebElement refused = browser.awaitVisible("#inspiration-photos .photo[data-status='failed']", JOB);
        assertThat(refused.findElement(By.cssSelector(".validation")).getText()).contains("too small");
        browser.screenshot("photo-refused");
        refused.findElement(By.cssSelector(".remove-photo")).click();
        browser.await(SCREEN, d -> browser.findAll("#inspiration-photos .photo").isEmpty());

        browser.find("#room-file").sendKeys(file("room-1.jpg", SyntheticRoom.jpeg(1600, 1200, 71)) + "\n"
                + file("room-2.jpg", SyntheticRoom.jpeg(1600, 1200, 72)));
        browser.find("#inspiration-note").sendKeys("Love the warm wood and the plants");
        browser.find("#inspiration-file").sendKeys(file("inspiration.jpg", SyntheticRoom.jpeg(1600, 1200, 73)).toString());
        browser.await(JOB, d -> browser.findAll("#room-photos .photo[data-status='passed']").size() == 2
                && browser.findAll("#inspiration-photos .photo[data-status='passed']").size() == 1);
        assertThat(browser.find("#inspiration-photos .note").getText()).isEqualTo("“Love the warm wood and the plants”");
        browser.await(SCREEN, d -> browser.find("#photos-ready").isEnabled());
        browser.screenshot("photos");
    }

    /** The quick intake, answered with the suggested chips; a reload mid-way shows the same conversation. */
    private void talkThroughTheIntake() {
        browser.screenshot("intake-modes");
        browser.find("button.mode[data-mode='quick']").click();
        browser.awaitVisible("#chat .turn.assistant", SCREEN);
        answerWithFirstChip();

        List<String> before = texts("#chat .turn");
        browser.reload();
        browser.awaitStep("intake", SCREEN);
        browser.awaitVisible("#chat .turn.assistant", SCREEN);
        assertThat(texts("#chat .turn")).as("the conversation after a reload").isEqualTo(before);
        assertThat(browser.find("#steps [aria-current='step']").getText()).isEqualTo("Brief");

        for (int turn = 0; turn < 8 && !briefComplete(); turn++) {
            answerWithFirstChip();
        }
        assertThat(briefComplete()).as("the quick intake completes").isTrue();
        assertThat(browser.findAll("#brief-summary li")).isNotEmpty();
        browser.screenshot("intake");
    }

    private void answerWithFirstChip() {
        int turns = browser.findAll("#chat .turn").size();
        List<WebElement> chips = browser.findAll("#chips .chip");
        if (chips.isEmpty()) {
            browser.find("#answer").sendKeys("A calm living room for two, with the old oak table kept");
            browser.find("#send-answer").click();
        } else {
            chips.get(0).click();
        }
        browser.await(SCREEN, d -> browser.findAll("#chat .turn").size() >= turns + 2);
    }

    private boolean briefComplete() {
        return browser.find("#confirm-brief").getAttribute("class").contains("primary");
    }

    /**
     * The generation held at its "generate" step: live progress from the event stream, again after a reload (a new
     * stream, with a new ticket), then cancel, and the retry that goes through.
     */
    private void generateWithProgressCancelAndRetry() throws Exception {
        browser.await(JOB, d -> browser.find("#job-progress-label").getText().startsWith("Drawing the designs"));
        browser.reload();
        browser.awaitStep("generating", SCREEN);
        browser.await(SCREEN, d -> browser.find("#job-progress-label").getText().startsWith("Drawing the designs"));
        assertThat(Integer.parseInt(browser.find("#job-progress").getAttribute("value"))).isPositive();
        browser.screenshot("generating");

        browser.find("#cancel-job").click();
        browser.await(JOB, d -> browser.find("#job-failure").getText().equals("Stopped at your request."));
        browser.awaitVisible("#retry-job", SCREEN);
        browser.screenshot("generation-cancelled");
        injectFault(null);
        browser.find("#retry-job").click();
    }

    private void drawAndSendALassoRevision(ProjectHandle project) {
        browser.awaitImages(SCREEN);
        WebElement canvas = browser.awaitVisible("#lasso-canvas", SCREEN);
        browser.await(SCREEN, d -> canvas.getSize().getHeight() > 100);
        int width = canvas.getSize().getWidth();
        int height = canvas.getSize().getHeight();

        browser.script("arguments[0].scrollIntoView({block: 'center'})", canvas);
        Actions lasso = new Actions(browser.driver());
        int[] start = onCanvas(width, height, 0);
        lasso.moveToElement(canvas, start[0], start[1]).clickAndHold();
        int[] at = start;
        for (int step = 1; step <= 36; step++) {
            int[] next = onCanvas(width, height, 2 * Math.PI * step / 36);
            lasso.moveByOffset(next[0] - at[0], next[1] - at[1]);
            at = next;
        }
        lasso.release().perform();
        browser.awaitVisible("#region-1", SCREEN);

        new Select(browser.find("#region-1-action")).selectByValue("change_finish");
        browser.find("#region-1-instruction").sendKeys("Make the rug a warm terracotta wool");
        browser.find("button.tool[data-tool='add']").click();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", canvas);
        int[] brushFrom = onCanvas(width, height, 0);
        new Actions(browser.driver()).moveToElement(canvas, brushFrom[0], brushFrom[1]).clickAndHold()
                .moveByOffset(12, 0).moveByOffset(12, 4).release().perform();
        browser.await(SCREEN, d -> browser.find("#region-1 h4").getText().contains("1 brush stroke"));
        browser.screenshot("lasso");

        browser.find("#submit-revision").click();
        WebElement revision = browser.awaitVisible("#revision-history .revision[data-revision='1'] .badge.status-completed", JOB);
        assertThat(revision.getText()).isEqualTo("Done");
        assertThat(browser.find("#revision-history dd[data-metric='maxChangeOutsideMask']").getText()).isEqualTo("0 of 255");
        assertThat(browser.find("#revision-history dd[data-metric='precision']").getText()).endsWith(" %");
        assertThat(browser.findAll("#revision-history .before-after img")).hasSize(2);
        assertThat(browser.find("#revisions-left").getText()).isEqualTo("4 of 5 revisions left");
        browser.screenshot("revision");

        List<List<Object>> regions = Database.rows("select cast(path_points as text), cast(brush_strokes as text), action, "
                + "instruction from lasso_regions where project_id = ?", project.id());
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).subList(2, 4)).containsExactly("change_finish", "Make the rug a warm terracotta wool");
        assertTheDrawnLoop(readArray((String) regions.get(0).get(0)));
        JsonArray strokes = readArray((String) regions.get(0).get(1));
        assertThat(strokes).hasSize(1);
        assertThat(strokes.getJsonObject(0).getString("mode")).isEqualTo("add");
    }

    /** A point of the lasso's ellipse, as an offset from the canvas centre in CSS pixels (Selenium's origin). */
    private static int[] onCanvas(int width, int height, double angle) {
        double x = LASSO_CENTER_X + LASSO_RADIUS_X * Math.cos(angle);
        double y = LASSO_CENTER_Y + LASSO_RADIUS_Y * Math.sin(angle);
        return new int[] {(int) Math.round((x - 0.5) * width), (int) Math.round((y - 0.5) * height)};
    }

    /** The polygon the server stored spans the drawn ellipse, in coordinates normalized to the image. */
    private static void assertTheDrawnLoop(JsonArray points) {
        assertThat(points.size()).isBetween(20, 500);
        double minX = 1, maxX = 0, minY = 1, maxY = 0;
        for (JsonValue value : points) {
            JsonObject point = value.asJsonObject();
            double x = point.getJsonNumber("x").doubleValue();
            double y = point.getJsonNumber("y").doubleValue();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double tolerance = 0.02;   // a few CSS pixels of rounding on a canvas about 380 pixels wide
        assertThat(minX).isCloseTo(LASSO_CENTER_X - LASSO_RADIUS_X, Offset.offset(tolerance));
        assertThat(maxX).isCloseTo(LASSO_CENTER_X + LASSO_RADIUS_X, Offset.offset(tolerance));
        assertThat(minY).isCloseTo(LASSO_CENTER_Y - LASSO_RADIUS_Y, Offset.offset(tolerance));
        assertThat(maxY).isCloseTo(LASSO_CENTER_Y + LASSO_RADIUS_Y, Offset.offset(tolerance));
    }

    private void approveAndReadTheShoppingList(ProjectHandle project) {
        await("the catalogue import").atMost(JOB).until(() -> Database.count("select count(*) from "
                + "job_execution e join job_instance i on i.jobinstanceid = e.jobinstanceid where i.jobname = 'catalog-import' "
                + "and e.batchstatus = 'COMPLETED'") > 0);
        browser.find("#approve").click();
        browser.awaitStep("approved", SCREEN);
        browser.awaitVisible("#shopping-total", JOB);
        browser.await(SCREEN, d -> browser.find("#pdf-link").isDisplayed());

        List<WebElement> products = browser.findAll("#shopping-list .product");
        assertThat(products).isNotEmpty();
        assertThat(browser.findAll("#shopping-list .group h4")).isNotEmpty();
        assertThat(products).allSatisfy(product -> {
            assertThat(product.findElement(By.cssSelector(".price")).getText()).isNotBlank();
            assertThat(product.findElement(By.cssSelector(".badge")).getAttribute("class")).matches(".*fit-(fits|tight|too_large).*");
        });
        assertThat(browser.find("#shopping-total").getText()).startsWith("Estimated total: ");
        assertThat(browser.find("#pdf-link").getAttribute("href")).startsWith("blob:");
        browser.find("#pdf-link").click();
        byte[] pdf = browser.awaitDownload("remo-shopping-list.pdf", SCREEN);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertPurgeCountdown(project, 23, 24);
        browser.screenshot("shopping-list");
    }

    private void deleteEverything(ProjectHandle project) {
        browser.find("#delete-project").click();
        browser.awaitVisible("#delete-dialog", SCREEN);
        browser.screenshot("delete-dialog");
        browser.find("#confirm-delete").click();
        browser.awaitStep("welcome", SCREEN);
        assertThat(browser.find("#notice").getText()).isEqualTo("Your project and everything in it were deleted.");
        assertThat(storedProject()).isNull();
        browser.screenshot("deleted");
        Completeness.assertPurged(remo, project, "user_request");
    }

    /** The countdown shows the time left until the state's purgeAt, between {@code minHours} and {@code maxHours}. */
    private void assertPurgeCountdown(ProjectHandle project, int minHours, int maxHours) {
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.script(
                "const time = document.querySelector('#purge-countdown time'); return [time.dateTime, time.textContent]");
        assertThat(Instant.parse(shown.get(0))).isEqualTo(Instant.parse(remo.state(project).getString("purgeAt")));
        assertThat(shown.get(1)).matches("\\d+ h \\d{2} min");
        assertThat(Integer.parseInt(shown.get(1).substring(0, shown.get(1).indexOf(' ')))).isBetween(minHours, maxHours);
    }

    private JsonObject storedProject() {
        String json = (String) browser.script("return localStorage.getItem('remo.project')");
        return json == null ? null : Json.createReader(new StringReader(json)).readObject();
    }

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    private int operationCount() throws Exception {
        JsonObject document;
        try (Response response = remo.jaxrs().target(ItEnvironment.baseUri()).path("openapi").queryParam("format", "JSON")
                .request().get()) {
            document = Json.createReader(new StringReader(response.readEntity(String.class))).readObject();
        }
        return document.getJsonObject("paths").values().stream().mapToInt(path -> (int) path.asJsonObject().keySet()
                .stream().filter(List.of("get", "post", "put", "delete", "patch")::contains).count()).sum();
    }

    private static JsonArray readArray(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(ItEnvironment.workDir().resolve("browser-uploads"));
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void injectFault(String fault) throws Exception {
        ModelNode address = Operations.createAddress("system-property", FAULT_PROPERTY);
        management.getControllerClient().execute(Operations.createRemoveOperation(address));
        if (fault != null) {
            ModelNode add = Operations.createAddOperation(address);
            add.get("value").set(fault);
            ModelNode result = management.getControllerClient().execute(add);
            assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
        }
    }
}
