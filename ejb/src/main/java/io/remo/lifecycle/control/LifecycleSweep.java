package io.remo.lifecycle.control;

import io.remo.lifecycle.entity.PurgeReason;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.StoredObject;
import io.remo.storage.control.S3ObjectStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The safety nets behind the per-project timers (persistent schedules, so each run happens on one node of a
 * cluster): projects whose purge time passed without their timer firing, objects whose project is gone and whose
 * {@code purge-after} passed, and the retention of purge_log lines, event logs and idempotency records.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LifecycleSweep {

    private static final Logger LOG = Logger.getLogger(LifecycleSweep.class.getName());
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectPurger purger;

    @EJB
    ObjectStore objectStore;

    @EJB
    RetentionCleaner retention;

    @Inject
    Clock clock;

    /** How late a timer may be before the sweep takes over its project. */
    @Inject
    @ConfigProperty(name = "remo.lifecycle.sweep-grace")
    Duration sweepGrace;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = true, info = "overdue projects")
    public void overdueProjects() {
        purgeOverdueProjects();
    }

    @Schedule(second = "0", minute = "17", hour = "*", persistent = true, info = "orphan objects and retention")
    public void hourly() {
        deleteOrphanObjects();
        retention.prune();
    }

    /** @return how many projects it purged */
    public int purgeOverdueProjects() {
        Instant cutoff = clock.instant().minus(sweepGrace);
        @SuppressWarnings("unchecked")
        List<Object[]> overdue = em.createNativeQuery("select id, approved_at is not null from projects "
                        + "where purge_at < ?1 order by purge_at limit " + BATCH)
                .setParameter(1, Timestamp.from(cutoff)).getResultList();
        int purged = 0;
        for (Object[] row : overdue) {
            UUID id = (UUID) row[0];
            try {
                if (purger.purge(id, (Boolean) row[1] ? PurgeReason.GRACE_EXPIRED : PurgeReason.ABANDONED).purged()) {
                    purged++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sweep could not purge " + id + " (next sweep retries): " + e.getMessage());
            }
        }
        if (purged > 0) {
            LOG.info(() -> "sweep purged overdue projects whose timers did not fire");
        }
        return purged;
    }

    /** @return how many objects it deleted */
    public int deleteOrphanObjects() {
        Instant now = clock.instant();
        int deleted = 0;
        for (String prefix : objectStore.listPrefixes("projects/")) {
            UUID projectId = projectOf(prefix);
            if (projectId == null || projectExists(projectId)) {
                continue;
            }
            for (StoredObject object : objectStore.list(prefix)) {
                if (pastPurgeAfter(object, now)) {
                    deleted += objectStore.deletePrefix(object.key());
                }
            }
        }
        return deleted;
    }

    private boolean pastPurgeAfter(StoredObject object, Instant now) {
        String purgeAfter = objectStore.metadata(object.key()).get(S3ObjectStore.PURGE_AFTER);
        if (purgeAfter == null) {
            return true; // written without the promise: nothing justifies keeping it
        }
        try {
            return Instant.parse(purgeAfter).isBefore(now);
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private boolean projectExists(UUID projectId) {
        return !em.createNativeQuery("select 1 from projects where id = ?1").setParameter(1, projectId)
                .getResultList().isEmpty();
    }

    private static UUID projectOf(String prefix) {
        String id = prefix.substring("projects/".length(), prefix.length() - 1);
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
