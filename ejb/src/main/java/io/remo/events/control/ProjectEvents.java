package io.remo.events.control;

import io.remo.events.api.ProjectEventMessage;
import io.remo.platform.control.Json;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The one internal channel of project events: written to the project's event log and sent to the JMS topic in the
 * caller's transaction, so an event exists (for replay and for live streams) exactly when the change it reports
 * committed. Every node's relay forwards the topic to its own SSE streams.
 */
@Stateless
public class ProjectEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = ProjectEventMessage.TOPIC)
    Topic topic;

    @Inject
    Clock clock;

    public long publish(UUID projectId, String type, Object data) {
        String json = data instanceof String s ? s : Json.write(data);
        Number id = (Number) em.createNativeQuery("insert into project_events (project_id, type, data, created_at) "
                        + "values (?1, ?2, cast(?3 as jsonb), ?4) returning id")
                .setParameter(1, projectId)
                .setParameter(2, type)
                .setParameter(3, json)
                .setParameter(4, Timestamp.from(clock.instant()))
                .getSingleResult();
        var message = new ProjectEventMessage(id.longValue(), projectId, type, json);
        jms.createProducer().setProperty("projectId", projectId.toString()).send(topic, Json.write(message));
        return message.id();
    }

    /** Events of the project after {@code lastEventId}, oldest first (what a reconnecting phone missed). */
    public List<ProjectEventMessage> since(UUID projectId, long lastEventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, type, cast(data as text) from project_events "
                        + "where project_id = ?1 and id > ?2 order by id")
                .setParameter(1, projectId).setParameter(2, lastEventId).getResultList();
        return rows.stream().map(r -> new ProjectEventMessage(((Number) r[0]).longValue(), projectId, (String) r[1],
                (String) r[2])).toList();
    }
}
