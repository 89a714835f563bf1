package io.remo.bench;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark programs bench/run starts against a running instance: {@code Bench SCENARIO key=value...}. The
 * instance is named by BENCH_API, BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD and BENCH_S3_* (bench/run sets
 * them). Each scenario prints its figures; bench/run keeps the output under bench/results/.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench populate|purge-lateness|purge-cost|generation|revision|shopping [key=value...]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).skip(1).map(a -> a.split("=", 2)).forEach(kv -> options.put(kv[0], kv.length > 1 ? kv[1] : "true"));
        var api = new RemoApi(URI.create(env("BENCH_API")));
        var database = new Database(env("BENCH_DB_URL"), env("BENCH_DB_USER"), env("BENCH_DB_PASSWORD"));
        var settings = new Settings(options);
        switch (args[0]) {
            case "populate" -> new LifecycleBench(api, database, settings).populate();
            case "purge-lateness" -> new LifecycleBench(api, database, settings).purgeLateness();
            case "purge-cost" -> new LifecycleBench(api, database, settings).purgeCost();
            case "generation" -> new PipelineBench(api, database, settings).generation();
            case "revision" -> new PipelineBench(api, database, settings).revision();
            case "shopping" -> new PipelineBench(api, database, settings).shopping();
            default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
        System.exit(0); // the HTTP client's threads would keep the JVM alive
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (bench/run sets it)");
        }
        return value;
    }

    /** The scenario's key=value options, with defaults. */
    record Settings(Map<String, String> values) {
        int integer(String key, int fallback) {
            return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
        }

        String text(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }
    }

    static void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
