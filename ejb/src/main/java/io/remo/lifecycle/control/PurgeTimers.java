package io.remo.lifecycle.control;

import io.remo.lifecycle.entity.PurgeReason;
import io.remo.project.entity.Project;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One persistent single-action timer per project, stored by WildFly in PostgreSQL. Client actions only move
 * {@code purge_at}; the timer keeps its old due time, and when it fires early it re-arms itself for the new
 * {@code purge_at}, so no request ever rewrites a timer. A purge that fails (object store down) is retried by a
 * new timer with exponential backoff.
 */
@Stateless
public class PurgeTimers {

    private static final Logger LOG = Logger.getLogger(PurgeTimers.class.getName());

    @Resource
    TimerService timerService;

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectPurger purger;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "remo.lifecycle.purge-retry-initial", defaultValue = "PT5S")
    Duration retryInitial;

    @Inject
    @ConfigProperty(name = "remo.lifecycle.purge-retry-max", defaultValue = "PT10M")
    Duration retryMax;

    /** Arms the project's timer for its current {@code purge_at}, in the caller's transaction. */
    public void arm(Project project) {
        armAt(project, project.getPurgeAt(), 0);
    }

    /**
     * After a change that brings the purge forward (approval: 24 h instead of 48 h), a timer armed for the old, later
     * time would fire too late; it is replaced. Activity only ever moves the purge later, and needs none of this.
     */
    public void rearmIfEarlier(Project project) {
        byte[] handle = project.getPurgeTimerHandle();
        if (handle != null) {
            try {
                Timer timer = TimerHandles.deserialize(handle, timerService.getClass().getClassLoader()).getTimer();
                if (!timer.getNextTimeout().toInstant().isAfter(project.getPurgeAt())) {
                    return;
                }
                timer.cancel();
            } catch (NoSuchObjectLocalException | IllegalStateException e) {
                LOG.log(Level.FINE, "purge timer already gone", e);
            }
        }
        arm(project);
    }

    /** Cancels the timer behind a stored handle; a timer that already fired or was cancelled is no error. */
    public void cancel(byte[] storedHandle) {
        try {
            TimerHandles.deserialize(storedHandle, timerService.getClass().getClassLoader()).getTimer().cancel();
        } catch (NoSuchObjectLocalException | IllegalStateException e) {
            LOG.log(Level.FINE, "purge timer already gone", e);
        }
    }

    @Timeout
    void onDue(Timer timer) {
        PurgeTimerInfo info = PurgeTimerInfo.parse((String) timer.getInfo());
        Project project = em.find(Project.class, info.projectId());
        if (project == null) {
            return; // purged on request or by the sweep; this single-action timer ends here
        }
        Instant now = clock.instant();
        if (project.getPurgeAt().isAfter(now)) {
            armAt(project, project.getPurgeAt(), 0);
            return;
        }
        PurgeReason reason = project.getApprovedAt() != null ? PurgeReason.GRACE_EXPIRED : PurgeReason.ABANDONED;
        try {
            purger.purge(info.projectId(), reason);
        } catch (RuntimeException e) {
            Duration backoff = backoff(info.attempt());
            LOG.log(Level.WARNING, "purge of " + info.projectId() + " failed (attempt " + (info.attempt() + 1)
                    + "), retrying in " + backoff + ": " + e.getMessage());
            armAt(project, now.plus(backoff), info.attempt() + 1);
        }
    }

    private void armAt(Project project, Instant due, int attempt) {
        var config = new TimerConfig(new PurgeTimerInfo(project.getId(), attempt).format(), true);
        Timer timer = timerService.createSingleActionTimer(Date.from(due), config);
        project.setPurgeTimerHandle(TimerHandles.serialize(timer.getHandle()));
    }

    Duration backoff(int attempt) {
        Duration delay = retryInitial.multipliedBy(1L << Math.min(attempt, 20));
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }

    /** Kept as a plain string in the timer store: readable in the table and safe across class changes. */
    record PurgeTimerInfo(UUID projectId, int attempt) {

        String format() {
            return projectId + (attempt == 0 ? "" : "#" + attempt);
        }

        static PurgeTimerInfo parse(String info) {
            int hash = info.indexOf('#');
            return hash < 0
                    ? new PurgeTimerInfo(UUID.fromString(info), 0)
                    : new PurgeTimerInfo(UUID.fromString(info.substring(0, hash)), Integer.parseInt(info.substring(hash + 1)));
        }
    }
}
