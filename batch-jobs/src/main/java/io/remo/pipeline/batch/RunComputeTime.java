package io.remo.pipeline.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The time a run spends computing (decoding, analysis, rendering, quality gates, encoding), counted as the union of
 * the intervals in which at least one of its threads computes, so parallel partitions are not counted twice. The rest
 * of the run's wall time is orchestration and I/O: the figure the orchestration budget is about.
 */
@ApplicationScoped
public class RunComputeTime {

    private final Map<UUID, Busy> runs = new ConcurrentHashMap<>();

    public <T> T measure(UUID runId, Supplier<T> computation) {
        Busy busy = runs.computeIfAbsent(runId, id -> new Busy());
        busy.begin();
        try {
            return computation.get();
        } finally {
            busy.end();
        }
    }

    public void measure(UUID runId, Runnable computation) {
        measure(runId, () -> {
            computation.run();
            return null;
        });
    }

    /** The run's compute time so far, forgetting it: called once, when the run's job ends. */
    public long takeMillis(UUID runId) {
        Busy busy = runs.remove(runId);
        return busy == null ? 0 : busy.totalMillis();
    }

    private static final class Busy {
        private int active;
        private long since;
        private long totalNanos;

        synchronized void begin() {
            if (active++ == 0) {
                since = System.nanoTime();
            }
        }

        synchronized void end() {
            if (--active == 0) {
                totalNanos += System.nanoTime() - since;
            }
        }

        synchronized long totalMillis() {
            long running = active > 0 ? System.nanoTime() - since : 0;
            return TimeUnit.NANOSECONDS.toMillis(totalNanos + running);
        }
    }
}
