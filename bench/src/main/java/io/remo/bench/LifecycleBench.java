package io.remo.bench;

import io.remo.testing.SyntheticRoom;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Issue 4's figures: purge lateness under load, the cost of one purge, and the projects behind the startup figures. */
final class LifecycleBench {

    private final RemoApi api;
    private final Database database;
    private final Bench.Settings settings;

    LifecycleBench(RemoApi api, Database database, Bench.Settings settings) {
        this.api = api;
        this.database = database;
        this.settings = settings;
    }

    /** Creates {@code count} projects, {@code concurrency} at a time, spread evenly over {@code window} seconds if given. */
    void populate() throws Exception {
        create(settings.integer("count", 10_000), settings.integer("concurrency", 8), settings.integer("window", 0));
    }

    private List<RemoApi.Project> create(int count, int concurrency, int windowSeconds) throws Exception {
        var inFlight = new Semaphore(concurrency);
        var failures = new AtomicInteger();
        List<CompletableFuture<RemoApi.Project>> created = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (windowSeconds > 0) {
                long due = start + (long) (i * (windowSeconds * 1e9 / count));
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            inFlight.acquire();
            created.add(api.createAsync().whenComplete((p, e) -> {
                inFlight.release();
                if (e != null && failures.incrementAndGet() <= 3) {
                    System.err.println("create failed: " + e.getMessage());
                }
            }));
        }
        List<RemoApi.Project> projects = new ArrayList<>(count);
        for (var future : created) {
            try {
                projects.add(future.join());
            } catch (RuntimeException e) {
                // counted above
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Bench.report(String.format(Locale.ROOT, "created %d projects (%d failed) in %.1f s: %.0f projects/s, concurrency %d",
                projects.size(), failures.get(), seconds, projects.size() / seconds, concurrency));
        Bench.report("live projects now: " + database.count("select count(*) from projects")
                + ", pending purge timers: " + database.count("select count(*) from jboss_ejb_timer where timed_object_id like '%PurgeTimers'"));
        return projects;
    }

    /**
     * Projects created evenly over {@code window} seconds on a server whose abandon-after is short, so their purges fall
     * due spread over the same window; lateness is what purge_log says: purged_at minus due_at.
     */
    void purgeLateness() throws Exception {
        int count = settings.integer("count", 10_000);
        int window = settings.integer("window", 120);
        Duration abandonAfter = Duration.parse(settings.text("abandon-after", "PT3M"));
        Instant started = Instant.now();
        create(count, settings.integer("concurrency", 8), window);
        Instant deadline = started.plusSeconds(window).plus(abandonAfter).plus(Duration.ofMinutes(10));
        String ours = "from purge_log where reason = 'abandoned' and due_at >= ?";
        Timestamp since = Timestamp.from(started);
        long purged = 0;
        while (Instant.now().isBefore(deadline)) {
            purged = database.count("select count(*) " + ours, since);
            if (purged >= count) {
                break;
            }
            Thread.sleep(2_000);
        }
        Bench.report("purged " + purged + " of " + count + " (timeout " + deadline + ")");
        List<Double> lateness = database.rows("select extract(epoch from purged_at - due_at) * 1000 " + ours, since).stream()
                .map(r -> ((Number) r.get(0)).doubleValue()).toList();
        List<List<Object>> span = database.rows("select min(due_at), max(due_at), min(purged_at), max(purged_at) " + ours, since);
        Bench.report("due from " + span.get(0).get(0) + " to " + span.get(0).get(1) + ", purged from " + span.get(0).get(2)
                + " to " + span.get(0).get(3));
        Bench.report("purge lateness: " + Stats.of(lateness).format("ms"));
    }

    /**
     * Projects built through the API as a person would (two room photos and three inspirations at phone size, a scan
     * with its raw point cloud, two generated options with their variants and analysis maps), each deleted while the
     * clock runs: DELETE purges synchronously, so its response time is the purge.
     */
    void purgeCost() throws Exception {
        int projects = settings.integer("projects", 5);
        int scanMegabytes = settings.integer("scan-mb", 18);
        byte[] scan = plyScan(scanMegabytes * 1024 * 1024);
        List<Double> millis = new ArrayList<>();
        try (S3Client s3 = s3()) {
            String bucket = Bench.env("BENCH_S3_BUCKET");
            for (int i = 0; i < projects; i++) {
                RemoApi.Project project = api.create();
                long seed = 9000 + 10L * i;
                PipelineBench.upload(api, project, "room", SyntheticRoom.jpeg(4032, 3024, seed), null);
                PipelineBench.upload(api, project, "room", SyntheticRoom.jpeg(4032, 3024, seed + 1), null);
                for (int k = 0; k < 3; k++) {
                    PipelineBench.upload(api, project, "inspiration", SyntheticRoom.jpeg(4032, 3024, seed + 2 + k), "more of this " + k);
                }
                PipelineBench.awaitPhotosChecked(api, project);
                api.postExpecting(project, "photos/ready", null, 200);
                RemoApi.expect(api.upload(project, "scan", "scan", "room.ply", scan, "dimensions", PipelineBench.DIMENSIONS), 200, "scan");
                api.postExpecting(project, "intake/skip", null, 200);
                PipelineBench.awaitStep(api, project, "selection", Duration.ofMinutes(2));
                List<S3Object> objects = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix("projects/" + project.id() + "/"))
                        .contents().stream().toList();
                long bytes = objects.stream().mapToLong(S3Object::size).sum();
                long start = System.nanoTime();
                RemoApi.expect(api.delete(project), 204, "delete");
                double took = (System.nanoTime() - start) / 1e6;
                millis.add(took);
                List<Object> log = database.rows("select rows_deleted, objects_deleted from purge_log where project_id = ?",
                        project.id()).get(0);
                Bench.report(String.format(Locale.ROOT, "purge of a project with %d objects, %.1f MB, %s rows: %.0f ms",
                        objects.size(), bytes / 1048576.0, log.get(0), took));
                if (((Number) log.get(1)).intValue() != objects.size()) {
                    throw new IllegalStateException("purge_log counts " + log.get(1) + " objects, S3 listed " + objects.size());
                }
            }
        }
        Bench.report("purge (DELETE) time: " + Stats.of(millis).format("ms"));
    }

    /** A binary little-endian PLY point cloud of about {@code bytes}, as a LiDAR scan exports it. */
    static byte[] plyScan(int bytes) {
        int vertices = bytes / 12;
        byte[] header = ("ply\nformat binary_little_endian 1.0\nelement vertex " + vertices
                + "\nproperty float x\nproperty float y\nproperty float z\nend_header\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(header.length + vertices * 12).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(header);
        Random random = new Random(7);
        for (int i = 0; i < vertices; i++) {
            buffer.putFloat(random.nextFloat() * 4.2f).putFloat(random.nextFloat() * 5.1f).putFloat(random.nextFloat() * 2.6f);
        }
        return buffer.array();
    }

    private static S3Client s3() {
        return S3Client.builder()
                .endpointOverride(URI.create(Bench.env("BENCH_S3_ENDPOINT")))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Bench.env("BENCH_S3_ACCESS_KEY"), Bench.env("BENCH_S3_SECRET_KEY"))))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
