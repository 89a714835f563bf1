package io.remo.lifecycle.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Removes what is only kept for a while: purge_log lines, event logs, idempotency records. */
@Stateless
public class RetentionCleaner {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LifecyclePolicy lifecycle;

    @Inject
    @ConfigProperty(name = "remo.events.retention")
    Duration eventRetention;

    @Inject
    @ConfigProperty(name = "remo.idempotency.retention")
    Duration idempotencyRetention;

    public void prune() {
        Instant now = clock.instant();
        delete("delete from purge_log where purged_at < ?1", now.minus(lifecycle.purgeLogRetention()));
        delete("delete from project_events where created_at < ?1", now.minus(eventRetention));
        delete("delete from idempotency_records where created_at < ?1", now.minus(idempotencyRetention));
    }

    private void delete(String sql, Instant before) {
        em.createNativeQuery(sql).setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
