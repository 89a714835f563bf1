package io.remo.events.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The open event streams of this node, per project. A sink is dropped as soon as it is closed or a send to it
 * fails; a comment heartbeat every 15 s keeps proxies from closing idle streams and finds dead ones.
 */
@ApplicationScoped
public class ProjectEventBroadcaster {

    static final long HEARTBEAT_SECONDS = 15;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<UUID, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private ScheduledFuture<?> heartbeat;

    record Subscriber(SseEventSink sink, Sse sse) {
    }

    @PostConstruct
    void startHeartbeat() {
        heartbeat = scheduler.scheduleAtFixedRate(this::sendHeartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        heartbeat.cancel(false);
        subscribers.values().forEach(set -> set.forEach(s -> s.sink().close()));
        subscribers.clear();
    }

    public void subscribe(UUID projectId, SseEventSink sink, Sse sse) {
        subscribers.computeIfAbsent(projectId, id -> ConcurrentHashMap.newKeySet()).add(new Subscriber(sink, sse));
    }

    /** Sends to one sink, e.g. the current state right after it subscribed. */
    public void sendTo(SseEventSink sink, Sse sse, String id, String name, Object data) {
        sink.send(event(sse, id, name, data)).whenComplete((ignored, failure) -> {
            if (failure != null) {
                sink.close();
            }
        });
    }

    public void broadcast(UUID projectId, String id, String name, Object data) {
        Set<Subscriber> open = subscribers.get(projectId);
        if (open == null) {
            return;
        }
        for (Subscriber s : open) {
            if (s.sink().isClosed()) {
                remove(projectId, s);
            } else {
                s.sink().send(event(s.sse(), id, name, data)).whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        remove(projectId, s);
                    }
                });
            }
        }
    }

    /** Closes every stream of a purged project. */
    public void closeAll(UUID projectId) {
        Set<Subscriber> open = subscribers.remove(projectId);
        if (open != null) {
            open.forEach(s -> s.sink().close());
        }
    }

    int openStreams() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    private void sendHeartbeat() {
        subscribers.forEach((projectId, open) -> open.forEach(s -> {
            if (s.sink().isClosed()) {
                remove(projectId, s);
            } else {
                s.sink().send(s.sse().newEventBuilder().comment("heartbeat").build()).whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        remove(projectId, s);
                    }
                });
            }
        }));
    }

    private void remove(UUID projectId, Subscriber subscriber) {
        subscriber.sink().close();
        subscribers.computeIfPresent(projectId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    private static OutboundSseEvent event(Sse sse, String id, String name, Object data) {
        return sse.newEventBuilder().id(id).name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(data.getClass(), data).build();
    }
}
