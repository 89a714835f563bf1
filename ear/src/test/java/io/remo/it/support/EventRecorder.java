package io.remo.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.SseEventSource;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** A phone's event stream: records every event of a project (optionally resuming after a Last-Event-ID). */
public final class EventRecorder implements AutoCloseable {

    /** One received event; {@code id} is null for the state snapshot sent on connect. */
    public record Event(String id, String name, JsonObject data) {
        public long numericId() {
            return Long.parseLong(id);
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final SseEventSource source;

    public EventRecorder(RemoClient remo, RemoClient.ProjectHandle project, String lastEventId) {
        var target = remo.jaxrs().target(ItEnvironment.apiUri()).path("projects").path(project.id().toString()).path("events")
                .register((ClientRequestFilter) request -> {
                    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + project.token());
                    if (lastEventId != null) {
                        request.getHeaders().putSingle("Last-Event-ID", lastEventId);
                    }
                });
        source = SseEventSource.target(target).reconnectingEvery(1, java.util.concurrent.TimeUnit.HOURS).build();
        source.register(event -> {
            if (event.getName() == null && event.isEmpty()) {
                return; // the server's heartbeat: a comment, no data
            }
            events.add(new Event(event.getId(), event.getName(),
                    Json.createReader(new StringReader(event.readData(String.class, MediaType.APPLICATION_JSON_TYPE))).readObject()));
        });
        source.open();
        if (lastEventId == null) {
            // the server's first event on a new stream is the state snapshot: from then on nothing is missed
            await(named("state", null), Duration.ofSeconds(20));
        }
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public Event await(Predicate<Event> condition, Duration timeout) {
        return Awaitility.await().atMost(timeout).until(() -> events.stream().filter(condition).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }

    public static Predicate<Event> named(String name, String job) {
        return e -> e.name().equals(name) && (job == null || job.equals(e.data().getString("job", null)));
    }

    @Override
    public void close() {
        source.close();
    }
}
