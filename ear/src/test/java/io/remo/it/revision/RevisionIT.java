package io.remo.it.revision;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every lasso action and a full regeneration, end to end. For each lasso edit the test checks the promise itself:
 * outside the region (dilated by the refinement margin and the feather, plus where moved content lands) every pixel
 * of the result equals the base's.
 */
@ExtendWith(ArquillianExtension.class)
class RevisionIT {

    static final Duration JOB = Duration.ofSeconds(90);
    /** 12 px refinement margin + 6 px feather at 1024 px, plus 2 px of anti-aliasing. */
    static final int DILATION = 20;

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void close() {
        remo.close();
    }

    record Case(String action, double[][] polygon, String instruction, Double scale, double[] offset) {
    }

    @Test
    void eachLassoActionChangesOnlyItsRegionAndTheSixthRevisionIsRefused() throws Exception {
        ProjectHandle project = projectInIteration(301);
        List<Case> cases = List.of(
                new Case("replace", rect(0.30, 0.50, 0.70, 0.68), "a green velvet sofa instead of this one", null, null),
                new Case("remove", rect(0.58, 0.25, 0.70, 0.40), "take these pictures off the wall", null, null),
                new Case("change_finish", rect(0.22, 0.74, 0.78, 0.93), "make the rug terracotta wool", null, null),
                new Case("resize", rect(0.36, 0.78, 0.64, 0.90), "make the coffee table a bit smaller", 0.7, null),
                new Case("reposition", rect(0.06, 0.30, 0.20, 0.84), "move the floor lamp towards the sofa", null,
                        new double[] {0.08, 0}));
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonObject before = remo.state(project);
            RgbImage base = download(before.getJsonObject("latestImage").getString("url"));
            try (Response response = remo.post(project, "revisions", lasso(c))) {
                expect(response, 202);
            }
            int number = i + 1;
            JsonObject revision = awaitRevision(project, number);
            assertThat(revision.getString("status")).as(c.action()).isEqualTo("completed");
            RgbImage result = download(revision.getString("url"));
            assertThat(result.width()).isEqualTo(base.width());

            boolean[] allowed = allowedToChange(base.width(), base.height(), c);
            long changedInside = 0;
            for (int p = 0; p < allowed.length; p++) {
                boolean same = base.pixels()[3 * p] == result.pixels()[3 * p] && base.pixels()[3 * p + 1] == result.pixels()[3 * p + 1]
                        && base.pixels()[3 * p + 2] == result.pixels()[3 * p + 2];
                if (!allowed[p]) {
                    assertThat(same).as("%s: pixel %d,%d outside the dilated mask changed", c.action(), p % base.width(),
                            p / base.width()).isTrue();
                } else if (!same) {
                    changedInside++;
                }
            }
            assertThat(changedInside).as(c.action() + " changed its region").isGreaterThan(500);

            JsonObject metrics = revision.getJsonObject("metrics");
            assertThat(metrics.getInt("maxChangeOutsideMask")).isZero();
            // The feathered ring around a region counts as changed-outside-the-mask; for small regions it weighs more.
            assertThat(metrics.getJsonNumber("precision").doubleValue()).as(c.action() + " precision").isGreaterThanOrEqualTo(0.6);
            // Replace and change_finish repaint the whole region; remove leaves what already looks like background.
            if (c.action().equals("replace") || c.action().equals("change_finish")) {
                assertThat(metrics.getJsonNumber("recall").doubleValue()).as(c.action() + " recall").isGreaterThanOrEqualTo(0.95);
            }
            assertThat(metrics.getJsonNumber("iou").doubleValue()).isBetween(0.0, 1.0);
            assertThat(metrics.getJsonNumber("growthRatio").doubleValue()).isPositive();
            assertThat(revision.getString("overlayUrl")).isNotBlank();
            assertThat(download(revision.getString("overlayUrl")).width()).isEqualTo(base.width());
            assertThat(remo.state(project).getInt("iterationCount")).isEqualTo(number);
        }
        try (Response response = remo.post(project, "revisions", lasso(cases.get(0)))) {
            assertProblem(response, 409, "ITERATION_LIMIT_REACHED");
        }
        assertThat(Database.count("select count(*) from revisions where project_id = ?", project.id())).isEqualTo(5);
    }

    @Test
    void aFullRegenerationFoldsTheFeedbackInAndStartOverResetsTheCounter() throws Exception {
        ProjectHandle project = projectInIteration(311);
        RgbImage chosen = download(remo.state(project).getJsonObject("latestImage").getString("url"));
        try (Response response = remo.post(project, "revisions", Map.of("type", "full_regenerate",
                "feedback", "warmer please, with more wood and no grey at all"))) {
            expect(response, 202);
        }
        JsonObject revision = awaitRevision(project, 1);
        assertThat(revision.getString("status")).isEqualTo("completed");
        assertThat(revision.get("metrics")).isNull();
        RgbImage regenerated = download(revision.getString("url"));
        assertThat(meanDifference(chosen, regenerated)).isGreaterThan(3);
        assertThat(remo.state(project).getInt("iterationCount")).isEqualTo(1);
        assertThat((String) Database.single("select generation_prompt from generated_images where project_id = ? "
                + "and type = 'revision'", project.id())).containsIgnoringCase("warm");

        try (Response response = remo.post(project, "start-over", null)) {
            expect(response, 200);
            JsonObject state = response.readEntity(JsonObject.class);
            assertThat(state.getString("step")).isEqualTo("intake");
            assertThat(state.getInt("iterationCount")).isZero();
            assertThat(state.getJsonArray("revisions")).isEmpty();
        }
    }

    @Test
    void malformedRevisionsAreRefusedAndChangeNothing() {
        ProjectHandle project = projectInIteration(321);
        List<Map.Entry<Object, String>> bad = List.of(
                Map.entry(Map.of("type", "paint"), "REVISION_TYPE_INVALID"),
                Map.entry(Map.of("type", "lasso", "regions", List.of()), "REGION_COUNT"),
                Map.entry(lassoOf(List.of(point(0.1, 0.1), point(0.5, 0.1))), "POLYGON_TOO_FEW_POINTS"),
                Map.entry(lassoOf(List.of(point(0.1, 0.1), point(1.5, 0.1), point(0.5, 0.5))), "POINT_OUT_OF_RANGE"),
                Map.entry(lassoOf(List.of(point(0.1, 0.1), point(0.5, 0.5), point(0.5, 0.1), point(0.1, 0.5))),
                        "POLYGON_SELF_INTERSECTING"),
                Map.entry(lassoOf(List.of(point(0.1, 0.1), point(0.2, 0.2), point(0.3, 0.3))), "POLYGON_DEGENERATE"),
                Map.entry(Map.of("type", "lasso", "regions", List.of(region(rect(0.1, 0.1, 0.5, 0.5), "replace"),
                        region(rect(0.3, 0.3, 0.7, 0.7), "replace"))), "REGIONS_OVERLAP"),
                Map.entry(Map.of("type", "lasso", "regions", List.of(Map.of("pathPoints", points(rect(0.1, 0.1, 0.4, 0.4)),
                        "action", "replace", "instruction", "short"))), "INSTRUCTION_LENGTH"),
                Map.entry(Map.of("type", "lasso", "regions", List.of(region(rect(0.1, 0.1, 0.4, 0.4), "resize"))), "SCALE_REQUIRED"),
                Map.entry(Map.of("type", "full_regenerate", "feedback", "too short"), "FEEDBACK_LENGTH"));
        for (var entry : bad) {
            try (Response response = remo.post(project, "revisions", entry.getKey())) {
                assertProblem(response, 400, entry.getValue());
            }
        }
        assertThat(Database.count("select count(*) from revisions where project_id = ?", project.id())).isZero();
        assertThat(remo.state(project).getInt("iterationCount")).isZero();
    }

    private ProjectHandle projectInIteration(long seed) {
        ProjectHandle project = remo.createProject();
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, seed));
        remo.uploadChecked(project, "room", SyntheticRoom.jpeg(1600, 1200, seed + 1));
        for (String action : new String[] {"photos/ready", "scan/skip", "intake/skip"}) {
            try (Response response = remo.post(project, action, null)) {
                expect(response, 200);
            }
        }
        await().atMost(JOB).until(() -> "selection".equals(remo.state(project).getString("step")));
        try (Response response = remo.post(project, "select-option", Map.of("optionIndex", 0))) {
            expect(response, 200);
        }
        return project;
    }

    private JsonObject awaitRevision(ProjectHandle project, int number) {
        return await("revision " + number).atMost(JOB).until(() -> remo.state(project).getJsonArray("revisions")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("revisionNumber") == number)
                .filter(r -> !r.getString("status").equals("generating") && !r.getString("status").equals("pending"))
                .findFirst().orElse(null), java.util.Objects::nonNull);
    }

    static double[][] rect(double x0, double y0, double x1, double y1) {
        return new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    }

    static Map<String, Object> point(double x, double y) {
        return Map.of("x", x, "y", y);
    }

    static List<Map<String, Object>> points(double[][] polygon) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (double[] p : polygon) {
            points.add(point(p[0], p[1]));
        }
        return points;
    }

    static Map<String, Object> region(double[][] polygon, String action) {
        return Map.of("pathPoints", points(polygon), "action", action, "instruction", "change this part of the room");
    }

    static Map<String, Object> lassoOf(List<Map<String, Object>> points) {
        return Map.of("type", "lasso", "regions", List.of(Map.of("pathPoints", points, "action", "replace",
                "instruction", "change this part of the room")));
    }

    static Map<String, Object> lasso(Case c) {
        var region = new java.util.HashMap<String, Object>(Map.of("pathPoints", points(c.polygon()), "action", c.action(),
                "instruction", c.instruction()));
        if (c.scale() != null) {
            region.put("scale", c.scale());
        }
        if (c.offset() != null) {
            region.put("offset", Map.of("x", c.offset()[0], "y", c.offset()[1]));
        }
        return Map.of("type", "lasso", "regions", List.of(region));
    }

    /**
     * Where an edit may change pixels: the polygon, and for resize and reposition also where its content lands,
     * dilated by the refinement margin and the feather.
     */
    static boolean[] allowedToChange(int width, int height, Case c) {
        try (Mat mask = new Mat(height, width, opencv_core.CV_8UC1, new Scalar(0))) {
            fill(mask, c.polygon(), 0, 0, 1);
            if (c.scale() != null) {
                fill(mask, c.polygon(), 0, 0, c.scale());
            }
            if (c.offset() != null) {
                fill(mask, c.polygon(), c.offset()[0], c.offset()[1], 1);
            }
            try (Mat kernel = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(2 * DILATION + 1, 2 * DILATION + 1))) {
                opencv_imgproc.dilate(mask, mask, kernel);
            }
            byte[] pixels = new byte[width * height];
            mask.data().get(pixels);
            boolean[] allowed = new boolean[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                allowed[i] = pixels[i] != 0;
            }
            return allowed;
        }
    }

    private static void fill(Mat mask, double[][] polygon, double dx, double dy, double scale) {
        double cx = 0;
        double cy = 0;
        for (double[] p : polygon) {
            cx += p[0] / polygon.length;
            cy += p[1] / polygon.length;
        }
        try (Mat points = new Mat(polygon.length, 1, opencv_core.CV_32SC2)) {
            IntPointer data = new IntPointer(points.data());
            for (int i = 0; i < polygon.length; i++) {
                data.put(2L * i, (int) Math.round((cx + (polygon[i][0] - cx) * scale + dx) * mask.cols()));
                data.put(2L * i + 1, (int) Math.round((cy + (polygon[i][1] - cy) * scale + dy) * mask.rows()));
            }
            try (MatVector polygons = new MatVector(points)) {
                opencv_imgproc.fillPoly(mask, polygons, new Scalar(255), opencv_imgproc.LINE_8, 0, new Point());
            }
        }
    }

    private static RgbImage download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return ImageCodec.decode(response.body(), 50_000_000);
    }

    private static double meanDifference(RgbImage a, RgbImage b) {
        long sum = 0;
        for (int i = 0; i < Math.min(a.pixels().length, b.pixels().length); i++) {
            sum += Math.abs((a.pixels()[i] & 0xFF) - (b.pixels()[i] & 0xFF));
        }
        return sum / (double) a.pixels().length;
    }
}
