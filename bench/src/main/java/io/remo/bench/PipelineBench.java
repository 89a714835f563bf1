package io.remo.bench;

import io.remo.testing.SyntheticRoom;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Issues 5, 6 and 8: time from intake confirmation to two published options, from that request to the first progress
 * event, the orchestration overhead (a run's wall time minus its compute time, both recorded by the server), one
 * lasso revision, the catalogue import and the shopping-list job.
 */
final class PipelineBench {

    static final Duration JOB = Duration.ofMinutes(3);
    static final String DESIGN_JOB = "design-options";

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

    private final RemoApi api;
    private final Database database;
    private final Bench.Settings settings;

    PipelineBench(RemoApi api, Database database, Bench.Settings settings) {
        this.api = api;
        this.database = database;
        this.settings = settings;
    }

    /** One timed generation: the phone listens, confirms its intake, and waits for its two options. */
    record GenerationTiming(UUID projectId, double toFirstProgressMs, double toOptionsMs, long serverWallMs, long computeMs) {
        long overheadMs() {
            return serverWallMs - computeMs;
        }
    }

    void generation() {
        int runs = settings.integer("runs", 10);
        int warmup = settings.integer("warmup", 2);
        int width = settings.integer("width", 4032);
        int height = settings.integer("height", 3024);
        List<GenerationTiming> timings = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            RemoApi.Project project = atIntake(1000 + 2L * i, width, height, false);
            GenerationTiming timing = generate(project);
            boolean counted = i >= warmup;
            Bench.report(String.format(Locale.ROOT, "%s generation %d: first progress %.0f ms, options %.0f ms; run wall %d ms, "
                    + "compute %d ms, overhead %d ms", counted ? "run" : "warm-up", i + 1, timing.toFirstProgressMs(),
                    timing.toOptionsMs(), timing.serverWallMs(), timing.computeMs(), timing.overheadMs()));
            if (counted) {
                timings.add(timing);
            }
        }
        Bench.report("photos " + width + "x" + height + " JPEG, classical engine, " + runs + " runs after " + warmup + " warm-up");
        Bench.report("intake confirmation -> two options published: "
                + Stats.of(timings.stream().map(GenerationTiming::toOptionsMs).toList()).format("ms"));
        Bench.report("request -> first progress event: "
                + Stats.of(timings.stream().map(GenerationTiming::toFirstProgressMs).toList()).format("ms"));
        Bench.report("run wall time (server): " + Stats.of(timings.stream().map(GenerationTiming::serverWallMs).toList()).format("ms"));
        Bench.report("compute time (server): " + Stats.of(timings.stream().map(GenerationTiming::computeMs).toList()).format("ms"));
        Bench.report("orchestration overhead (wall - compute): "
                + Stats.of(timings.stream().map(GenerationTiming::overheadMs).toList()).format("ms"));
    }

    private GenerationTiming generate(RemoApi.Project project) {
        try (EventStream events = new EventStream(api, project)) {
            long start = System.nanoTime();
            api.postExpecting(project, "intake/skip", null, 200);
            var progress = events.awaitAfter(start, EventStream.named("progress", DESIGN_JOB), JOB);
            var complete = events.awaitAfter(start, e -> EventStream.named("complete", DESIGN_JOB).test(e)
                    || EventStream.named("error", DESIGN_JOB).test(e), JOB);
            if (!complete.name().equals("complete")) {
                throw new IllegalStateException("generation failed: " + complete.data());
            }
            long[] server = runTimes(project, DESIGN_JOB);
            return new GenerationTiming(project.id(), (progress.arrivedNanos() - start) / 1e6,
                    (complete.arrivedNanos() - start) / 1e6, server[0], server[1]);
        }
    }

    /** Wall and compute milliseconds of the project's latest run of a job, once its job has recorded them. */
    private long[] runTimes(RemoApi.Project project, String job) {
        String sql = "select (extract(epoch from ended_at - started_at) * 1000)::bigint, compute_millis from pipeline_runs "
                + "where project_id = ? and job_name = ? order by started_at desc limit 1";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<List<Object>> rows = database.rows(sql, project.id(), job);
            if (!rows.isEmpty() && rows.get(0).get(1) != null) {
                return new long[] {((Number) rows.get(0).get(0)).longValue(), ((Number) rows.get(0).get(1)).longValue()};
            }
            pause();
        }
        throw new IllegalStateException("the " + job + " run of " + project.id() + " recorded no compute time");
    }

    /** Lasso revisions of a 1024 px design (the options' size), five per project (the limit), timed over SSE. */
    void revision() {
        int runs = settings.integer("runs", 10);
        List<Double> total = new ArrayList<>();
        List<Long> compute = new ArrayList<>();
        double[][] regions = {
            {0.30, 0.50, 0.70, 0.68}, {0.58, 0.25, 0.70, 0.40}, {0.22, 0.74, 0.78, 0.93}, {0.36, 0.78, 0.64, 0.90}, {0.06, 0.30, 0.20, 0.84}};
        String[] instructions = {"a green velvet sofa instead of this one", "a large abstract painting here",
            "make the rug terracotta wool", "a round oak coffee table", "a brass floor lamp"};
        RemoApi.Project project = null;
        int size = 0;
        for (int i = 0; i < runs + 1; i++) {
            int n = i % 5;
            if (n == 0) {
                project = atIntake(3000 + 2L * i, 4032, 3024, false);
                generate(project);
                api.postExpecting(project, "select-option", "{\"optionIndex\": 0}", 200);
                size = longSide(api.download(api.state(project).getJsonObject("latestImage").getString("url")));
            }
            double millis = revise(project, regions[n], instructions[n]);
            long[] server = runTimes(project, "revision");
            boolean counted = i > 0; // the first one warms the revision job up
            Bench.report(String.format(Locale.ROOT, "%s revision on a %d px design: %.0f ms (run wall %d ms, compute %d ms)",
                    counted ? "run" : "warm-up", size, millis, server[0], server[1]));
            if (counted) {
                total.add(millis);
                compute.add(server[1]);
            }
        }
        Bench.report("lasso revision (replace, one region), request -> complete: " + Stats.of(total).format("ms"));
        Bench.report("of which compute (server): " + Stats.of(compute).format("ms"));
    }

    /** The catalogue import (as recorded by the job repository) and shopping lists of approved designs. */
    void shopping() {
        awaitCatalogue();
        List<List<Object>> imports = database.rows("select (extract(epoch from je.endtime - je.starttime) * 1000)::bigint, "
                + "je.batchstatus from job_execution je join job_instance ji on ji.jobinstanceid = je.jobinstanceid "
                + "where ji.jobname = 'catalog-import' and je.batchstatus = 'COMPLETED' order by je.jobexecutionid");
        for (List<Object> row : imports) {
            Bench.report("catalogue import (job execution): " + row.get(0) + " ms");
        }
        Bench.report("catalogue: " + database.count("select count(*) from catalog_products") + " products");
        int runs = settings.integer("runs", 8);
        List<Double> all = new ArrayList<>();
        List<Double> eight = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            RemoApi.Project project = atIntake(5000 + 2L * i, 4032, 3024, true);
            generate(project);
            api.postExpecting(project, "select-option", "{\"optionIndex\": " + (i % 2) + "}", 200);
            addNamedItems(project);
            double millis = postAndAwaitJob(project, "approve", null, 200, "shopping-list");
            JsonObject list = api.send(api.request(project, "shopping-list").GET().build()).json();
            int items = list.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                    .mapToInt(g -> g.getJsonArray("items").size()).sum();
            long[] server = runTimes(project, "shopping-list");
            boolean counted = i > 0;
            Bench.report(String.format(Locale.ROOT, "%s shopping list of %d items: %.0f ms from approval (run wall %d ms)",
                    counted ? "run" : "warm-up", items, millis, server[0]));
            if (counted) {
                all.add(millis);
                if (items == 8) {
                    eight.add(millis);
                }
            }
        }
        Bench.report("shopping list, approval -> complete, all designs: " + Stats.of(all).format("ms"));
        if (!eight.isEmpty()) {
            Bench.report("shopping list, approval -> complete, designs of 8 items: " + Stats.of(eight).format("ms"));
        }
    }

    /**
     * The synthetic rooms' designs and their briefs give three to four items; five revisions (the limit) that name
     * an item each ("a round mirror on this wall") make designs of eight items, the size the figure asks
     * for (a named item the design already has, such as its lamp, is not counted twice).
     */
    private void addNamedItems(RemoApi.Project project) {
        String[] instructions = {"a round mirror on this wall", "a tall green plant in the corner",
            "a velvet armchair here", "a brass floor lamp", "a small oak side table"};
        double[][] regions = {{0.58, 0.25, 0.70, 0.40}, {0.06, 0.30, 0.20, 0.84}, {0.30, 0.50, 0.70, 0.68},
            {0.80, 0.30, 0.94, 0.84}, {0.36, 0.78, 0.64, 0.90}};
        for (int n = 0; n < instructions.length; n++) {
            revise(project, regions[n], instructions[n]);
        }
    }

    /** One lasso revision replacing a rectangle (x0, y0, x1, y1 in fractions); milliseconds to its complete event. */
    private double revise(RemoApi.Project project, double[] r, String instruction) {
        String body = "{\"type\": \"lasso\", \"regions\": [{\"action\": \"replace\", \"instruction\": \"" + instruction
                + "\", \"pathPoints\": [" + point(r[0], r[1]) + "," + point(r[2], r[1]) + "," + point(r[2], r[3]) + ","
                + point(r[0], r[3]) + "]}]}";
        return postAndAwaitJob(project, "revisions", body, 202, "revision");
    }

    /** A request that starts a job, as the phone sends it while listening; milliseconds to the job's complete event. */
    private double postAndAwaitJob(RemoApi.Project project, String action, String body, int status, String job) {
        try (EventStream events = new EventStream(api, project)) {
            long start = System.nanoTime();
            api.postExpecting(project, action, body, status);
            var end = events.awaitAfter(start, e -> EventStream.named("complete", job).test(e)
                    || EventStream.named("error", job).test(e), JOB);
            if (!end.name().equals("complete")) {
                throw new IllegalStateException(job + " failed: " + end.data());
            }
            return (end.arrivedNanos() - start) / 1e6;
        }
    }

    private void awaitCatalogue() {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        String completed = "select count(*) from job_execution je join job_instance ji on ji.jobinstanceid = je.jobinstanceid "
                + "where ji.jobname = 'catalog-import' and je.batchstatus = 'COMPLETED'";
        while (database.count(completed) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the catalogue was not imported within 10 minutes");
            }
            pause();
        }
    }

    /** A project with its two room photos checked and its scan given (or skipped): at intake. */
    private RemoApi.Project atIntake(long seed, int width, int height, boolean withScan) {
        RemoApi.Project project = api.create();
        upload(api, project, "room", SyntheticRoom.jpeg(width, height, seed), null);
        upload(api, project, "room", SyntheticRoom.jpeg(width, height, seed + 1), null);
        awaitPhotosChecked(api, project);
        api.postExpecting(project, "photos/ready", null, 200);
        if (withScan) {
            RemoApi.expect(api.upload(project, "scan", "scan", null, null, "dimensions", DIMENSIONS), 200, "scan");
        } else {
            api.postExpecting(project, "scan/skip", null, 200);
        }
        return project;
    }

    static void upload(RemoApi api, RemoApi.Project project, String type, byte[] jpeg, String note) {
        RemoApi.Answer answer = note == null
                ? api.upload(project, "photos", "file", "photo.jpg", jpeg, "type", type)
                : api.upload(project, "photos", "file", "photo.jpg", jpeg, "type", type, "note", note);
        RemoApi.expect(answer, 201, "upload");
    }

    static void awaitPhotosChecked(RemoApi api, RemoApi.Project project) {
        long deadline = System.nanoTime() + JOB.toNanos();
        while (api.state(project).getJsonArray("photos").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("validationStatus").equals("pending"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("photo checks of " + project.id() + " did not finish");
            }
            pause();
        }
        var failed = api.state(project).getJsonArray("photos").getValuesAs(JsonObject.class).stream()
                .filter(p -> !p.getString("validationStatus").equals("passed")).toList();
        if (!failed.isEmpty()) {
            throw new IllegalStateException("photos failed their checks: " + failed);
        }
    }

    static void awaitStep(RemoApi api, RemoApi.Project project, String step, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!api.state(project).getString("step").equals(step)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(project.id() + " did not reach " + step);
            }
            pause();
        }
    }

    private static int longSide(byte[] image) {
        try {
            var decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
            return Math.max(decoded.getWidth(), decoded.getHeight());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "{\"x\": %.3f, \"y\": %.3f}", x, y);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
