package io.remo.events.boundary;

import io.remo.events.api.ProjectEventMessage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open event streams of this node, per project. Each stream remembers the last event id it was sent, so a
 * replay (Last-Event-ID) and live events racing it never deliver an event twice or out of order. A stream is dropped
 * as soon as it is closed or a send to it fails; a comment heartbeat every 15 s keeps proxies from closing idle
 * streams and finds dead ones.
 */
@ApplicationScoped
public class ProjectEventBroadcaster {

    static final long HEARTBEAT_SECONDS = 15;
    private static final long CLOSE_WAIT_SECONDS = 3;
    private static final Logger LOG = Logger.getLogger(ProjectEventBroadcaster.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<UUID, Set<Stream>> streams = new ConcurrentHashMap<>();
    private ScheduledFuture<?> heartbeat;

    /** One phone's stream. */
    final class Stream {
        private final UUID projectId;
        private final SseEventSink sink;
        private final Sse sse;
        private long lastSentId;

        Stream(UUID projectId, SseEventSink sink, Sse sse, long lastSentId) {
            this.projectId = projectId;
            this.sink = sink;
            this.sse = sse;
            this.lastSentId = lastSentId;
        }

        synchronized void send(ProjectEventMessage event) {
            if (event.id() <= lastSentId) {
                return;
            }
            lastSentId = event.id();
            write(sse.newEventBuilder().id(Long.toString(event.id())).name(event.type())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, event.data()).build());
        }

        /** An event without id: the current state on connect, which is a snapshot, not part of the log. */
        synchronized void sendSnapshot(String name, Object data) {
            write(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(data.getClass(), data).build());
        }

        synchronized void heartbeat() {
            write(sse.newEventBuilder().comment("heartbeat").build());
        }

        private void write(jakarta.ws.rs.sse.OutboundSseEvent event) {
            if (sink.isClosed()) {
                remove(this);
                return;
            }
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    remove(this);
                }
            });
        }
    }

    @PostConstruct
    void startHeartbeat() {
        heartbeat = scheduler.scheduleAtFixedRate(this::sendHeartbeats, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Ends every stream, so phones reconnect (to another node, or after a redeploy). Closing a sink flushes it, and
     * RESTEasy waits for that flush without a limit: on a connection that died mid-write it never completes, which
     * held an undeploy for the management operation's full 300 s. So the sinks close on the scheduler's threads and
     * the undeploy waits for them a few seconds at most.
     */
    @PreDestroy
    void stop() {
        heartbeat.cancel(false);
        List<SseEventSink> sinks = streams.values().stream().flatMap(Set::stream).map(stream -> stream.sink).toList();
        streams.clear();
        List<CompletableFuture<Void>> closes = new ArrayList<>();
        for (SseEventSink sink : sinks) {
            try {
                closes.add(CompletableFuture.runAsync(sink::close, scheduler));
            } catch (RejectedExecutionException e) {
                LOG.fine("event stream left to the container: the scheduler no longer takes tasks");
            }
        }
        try {
            CompletableFuture.allOf(closes.toArray(CompletableFuture[]::new)).get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warning(() -> closes.stream().filter(close -> !close.isDone()).count()
                    + " event stream(s) did not close within " + CLOSE_WAIT_SECONDS + " s; left to the container");
        } catch (ExecutionException e) {
            LOG.log(Level.FINE, "an event stream failed to close", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Registers a stream, then sends what it missed: registering first means no event can fall between the replay
     * and the live ones.
     */
    public Stream open(UUID projectId, SseEventSink sink, Sse sse, long lastEventId, Object snapshot,
                       java.util.function.LongFunction<List<ProjectEventMessage>> missed) {
        Stream stream = new Stream(projectId, sink, sse, lastEventId);
        streams.computeIfAbsent(projectId, id -> ConcurrentHashMap.newKeySet()).add(stream);
        synchronized (stream) {
            if (snapshot != null) {
                stream.sendSnapshot(ProjectEventMessage.STATE, snapshot);
            }
            missed.apply(lastEventId).forEach(stream::send);
        }
        return stream;
    }

    public void deliver(ProjectEventMessage event) {
        Set<Stream> open = streams.get(event.projectId());
        if (open != null) {
            open.forEach(stream -> stream.send(event));
        }
    }

    /** Closes every stream of a purged project. */
    public void closeAll(UUID projectId) {
        Set<Stream> open = streams.remove(projectId);
        if (open != null) {
            open.forEach(s -> s.sink.close());
        }
    }

    public int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    private void sendHeartbeats() {
        streams.values().forEach(set -> set.forEach(Stream::heartbeat));
    }

    private void remove(Stream stream) {
        stream.sink.close();
        streams.computeIfPresent(stream.projectId, (id, set) -> {
            set.remove(stream);
            return set.isEmpty() ? null : set;
        });
    }
}
