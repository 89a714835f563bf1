package io.remo.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A project's Server-Sent Events stream, read line by line as it arrives; every event keeps the System.nanoTime of
 * its arrival, so the benchmarks time from a request to an event without polling.
 */
final class EventStream implements AutoCloseable {

    record Event(String id, String name, JsonObject data, long arrivedNanos) {
        String job() {
            return data.getString("job", null);
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    EventStream(RemoApi api, RemoApi.Project project) {
        HttpRequest request = api.request(project, "events").timeout(Duration.ofHours(1))
                .header("Accept", "text/event-stream").GET().build();
        response = api.http().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            lines = r.body();
            read(lines);
        });
        // The first event of a new stream is the state snapshot: from then on nothing is missed.
        await(e -> e.name().equals("state"), Duration.ofSeconds(30));
    }

    private void read(Stream<String> stream) {
        String[] id = {null};
        String[] name = {null};
        StringBuilder data = new StringBuilder();
        try {
            stream.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id[0], name[0] == null ? "message" : name[0],
                                Json.createReader(new StringReader(data.toString())).readObject(), System.nanoTime()));
                    }
                    id[0] = null;
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
                // comments (": heartbeat") and retry lines carry nothing to record
            });
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** The first event (in arrival order) that matches, waiting for it. */
    Event await(Predicate<Event> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Event event : events) {
                if (condition.test(event)) {
                    return event;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(new TimeoutException("no matching event within " + timeout + "; got "
                        + events.stream().map(Event::name).toList()));
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The first matching event that arrived after {@code sinceNanos}. */
    Event awaitAfter(long sinceNanos, Predicate<Event> condition, Duration timeout) {
        return await(e -> e.arrivedNanos() >= sinceNanos && condition.test(e), timeout);
    }

    static Predicate<Event> named(String name, String job) {
        return e -> e.name().equals(name) && (job == null || job.equals(e.job()));
    }

    @Override
    public void close() {
        response.cancel(true);
        if (lines != null) {
            lines.close();
        }
    }
}
