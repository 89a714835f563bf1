package io.remo.events.api;

import java.util.UUID;

/**
 * One project event as it travels from the node that produced it to every node holding SSE streams (JMS topic
 * {@link #TOPIC}) and as it is replayed from the log. {@code data} is the event's JSON document.
 *
 * @param id   the event id (also the SSE id): increasing per project
 * @param type state, progress, complete or error
 */
public record ProjectEventMessage(long id, UUID projectId, String type, String data) {

    public static final String TOPIC = "java:/jms/topic/remo/project-events";

    public static final String STATE = "state";
    public static final String PROGRESS = "progress";
    public static final String COMPLETE = "complete";
    public static final String ERROR = "error";
}
