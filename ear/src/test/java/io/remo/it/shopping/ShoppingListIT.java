package io.remo.it.shopping;

import static io.remo.it.support.RemoClient.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Database;
import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.testing.SyntheticRoom;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue import and the shopping list of an approved design, against a small catalogue of known products. */
@ExtendWith(ArquillianExtension.class)
class ShoppingListIT {

    static final Duration JOB = Duration.ofSeconds(120);
    static final String DIMENSIONS = """
            {"room": {"width": 4.2, "length": 5.1, "height": 2.6, "unit": "m"},
             "walls": [{"id": "north", "width": 4.2, "height": 2.6, "orientation": "north"},
                       {"id": "east", "width": 5.1, "height": 2.6, "orientation": "east"},
                       {"id": "south", "width": 4.2, "height": 2.6, "orientation": "south"},
                       {"id": "west", "width": 5.1, "height": 2.6, "orientation": "west"}],
             "openings": [{"type": "window", "wallId": "north", "width": 1.4, "height": 1.3, "position": 1.2},
                          {"type": "door", "wallId": "east", "width": 0.9, "height": 2.1, "position": 3.8}]}
            """;

    /** Ten products in the format of the shipped IKEA file (semicolons, decimal commas). */
    static final String CATALOG = """
            X1;item_id;name;category;price;old_price;sellable_online;link;other_colors;short_description;designer;depth;height;width
            0;10000001;VALLENTUNA;Sofas & armchairs;2995,0;No old price;TRUE;https://www.ikea.com/sa/en/p/vallentuna-3-seat-sofa-white-10000001/;No;3-seat sofa,          230x93 cm;Designer A;93;84;230
            1;10000002;FINNALA;Sofas & armchairs;2495,0;No old price;TRUE;https://www.ikea.com/sa/en/p/finnala-3-seat-sofa-grey-10000002/;No;3-seat sofa;Designer B;98;78;217
            2;10000003;STRANDMON;Sofas & armchairs;895,0;No old price;TRUE;https://www.ikea.com/sa/en/p/strandmon-armchair-green-10000003/;Yes;Armchair;Designer C;96;101;82
            3;10000004;LACK;Tables & desks;149,0;No old price;TRUE;https://www.ikea.com/sa/en/p/lack-coffee-table-black-brown-10000004/;Yes;Coffee table,          118x78 cm;Designer D;;45;
            4;10000005;BILLY;Bookcases & shelving units;295,0;No old price;TRUE;https://www.ikea.com/sa/en/p/billy-bookcase-white-10000005/;Yes;Bookcase,          80x28x202 cm;Designer E;;;
            5;10000006;HEKTAR;Lighting;399,0;No old price;TRUE;https://www.ikea.com/sa/en/p/hektar-floor-lamp-dark-grey-10000006/;No;Floor lamp,          181 cm;Designer F;;;
            6;10000007;STOCKHOLM;Rugs;1295,0;SR 1,495;TRUE;https://www.ikea.com/sa/en/p/stockholm-rug-flatwoven-beige-10000007/;No;Rug, flatwoven,          170x240 cm;Designer G;;;
            7;10000008;EKEDALEN;Tables & desks;1195,0;No old price;TRUE;https://www.ikea.com/sa/en/p/ekedalen-extendable-table-oak-10000008/;No;Extendable table,          120/180x80 cm;Designer H;;75;
            8;10000009;MALM;Beds;1095,0;No old price;TRUE;https://www.ikea.com/sa/en/p/malm-bed-frame-white-10000009/;Yes;Bed frame,          160x200 cm;Designer I;;;
            9;10000010;BESTA;TV & media furniture;795,0;No old price;TRUE;https://www.ikea.com/sa/en/p/besta-tv-bench-white-10000010/;Yes;TV bench,          180x42x38 cm;Designer J;;;
            """;

    @ArquillianResource
    ManagementClient management;

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        try {
            Path catalog = ItEnvironment.workDir().resolve("catalog/small-catalog.csv");
            Files.createDirectories(catalog.getParent());
            Files.writeString(catalog, CATALOG, StandardCharsets.UTF_8);
            return RemoDeployment.ear(Map.of("remo.catalog.import-on-start", "true", "remo.catalog.path", catalog.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        remo.close();
    }

    @Test
    void aReimportUpdatesNothingThatDidNotChange() throws Exception {
        await("first import").atMost(JOB).until(() -> Database.count("select count(*) from catalog_products") == 10);
        Timestamp firstImport = (Timestamp) Database.single("select max(updated_at) from catalog_products");
        long executionsBefore = catalogImports();

        ModelNode start = Operations.createOperation("start-job", Operations.createAddress("deployment", "remo.ear",
                "subdeployment", "remo-ejb.jar", "subsystem", "batch-jberet"));
        start.get("job-xml-name").set("catalog-import");
        assertThat(Operations.isSuccessfulOutcome(management.getControllerClient().execute(start))).isTrue();
        await("second import").atMost(JOB).until(() -> Database.count("select count(*) from job_execution e join job_instance i "
                + "on i.jobinstanceid = e.jobinstanceid where i.jobname = 'catalog-import' and e.batchstatus = 'COMPLETED'")
                == executionsBefore + 1);

        assertThat(Database.count("select count(*) from catalog_products")).isEqualTo(10);
        assertThat(Database.single("select max(updated_at) from catalog_products")).isEqualTo(firstImport);
        assertThat(Database.rows("select name, price_minor, currency from catalog_products where source_id = '10000005'"))
                .containsExactly(List.of("BILLY", 29500L, "SAR"));
        assertThat(Database.count("select count(*) from catalog_products where array_length(embedding, 1) = 384")).isEqualTo(10);
    }

    @Test
    void anApprovedDesignGetsAGroupedPricedListCheckedAgainstTheRoomAndAPdf() throws Exception {
        await("catalogue imported").atMost(JOB).until(() -> Database.count("select count(*) from catalog_products") == 10);
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, 401));
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, 402));
        try (Response response = remo.post(project, "photos/ready", null)) {
            expect(response, 200);
        }
        try (Response response = remo.multipart(project, "scan", Map.of("dimensions", DIMENSIONS), null, null, null)) {
            expect(response, 200);
        }
        try (Response response = remo.post(project, "intake/message", Map.of("mode", "open",
                "content", "A calm living room in white and beige with warm light, natural wood and linen"))) {
            expect(response, 200);
        }
        try (Response response = remo.post(project, "intake/confirm", null)) {
            expect(response, 200);
        }
        await().atMost(JOB).until(() -> "selection".equals(remo.state(project).getString("step")));
        try (Response response = remo.post(project, "select-option", Map.of("optionIndex", 1))) {
            expect(response, 200);
        }
        try (Response response = remo.post(project, "shopping-list", null)) {
            assertThat(response.getStatus()).isEqualTo(405);
        }
        try (Response response = remo.project(project, "shopping-list").get()) {
            assertThat(response.getStatus()).as("no list before approval").isEqualTo(409);
        }
        Instant approvedAround = Instant.now();
        try (Response response = remo.post(project, "approve", null)) {
            expect(response, 200);
            JsonObject state = response.readEntity(JsonObject.class);
            assertThat(state.getString("step")).isEqualTo("approved");
            assertThat(Instant.parse(state.getString("purgeAt"))).as("24 h of grace after approval")
                    .isBetween(approvedAround.plus(Duration.ofHours(24)).minusSeconds(30), approvedAround.plus(Duration.ofHours(24)).plusSeconds(30));
        }
        await("shopping list").atMost(JOB).until(() -> remo.state(project).getBoolean("shoppingListReady"));

        JsonObject list;
        try (Response response = remo.project(project, "shopping-list").get()) {
            expect(response, 200);
            list = response.readEntity(JsonObject.class);
        }
        assertThat(list.getString("currency")).isEqualTo("USD");
        List<JsonObject> groups = list.getJsonArray("groups").getValuesAs(JsonObject.class);
        assertThat(groups).isNotEmpty();
        long total = 0;
        int priced = 0;
        for (JsonObject group : groups) {
            assertThat(group.getString("category")).isNotBlank();
            for (JsonObject item : group.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(item.getString("itemDescription")).isNotBlank();
                assertThat(item.containsKey("whyMatched") || item.containsKey("searchFallbackUrl")).isTrue();
                if (item.get("priceCents") instanceof JsonNumber price) {
                    total += price.longValue();
                    priced++;
                    assertThat(item.getString("productName")).isNotBlank();
                    assertThat(item.getString("productUrl")).startsWith("https://www.ikea.com/");
                    assertThat(item.getJsonNumber("confidenceScore").doubleValue()).isBetween(0.0, 1.0);
                    if (item.get("dimensions") instanceof JsonObject) {
                        assertThat(item.getString("fitStatus")).isIn("fits", "tight", "too_large");
                        assertThat(item.getString("fitDetail")).isNotBlank();
                    }
                }
            }
        }
        assertThat(priced).as("products matched").isPositive();
        assertThat(list.getJsonNumber("totalEstimatedCost").longValue()).isEqualTo(total);

        try (Response response = remo.project(project, "shopping-list.pdf").get()) {
            expect(response, 200);
            assertThat(response.getMediaType().toString()).isEqualTo("application/pdf");
            byte[] pdf = response.readEntity(byte[].class);
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                String firstProduct = groups.stream().flatMap(g -> g.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                        .filter(i -> i.containsKey("productName")).findFirst().orElseThrow().getString("productName");
                assertThat(text).contains(firstProduct);
            }
        }
    }

    private static long catalogImports() {
        return Database.count("select count(*) from job_execution e join job_instance i on i.jobinstanceid = e.jobinstanceid "
                + "where i.jobname = 'catalog-import' and e.batchstatus = 'COMPLETED'");
    }
}
