package io.remo.lifecycle.control;

import io.remo.lifecycle.entity.PurgeReason;
import io.remo.pipeline.control.JobStarter;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The one way a project is removed: its objects, its rows, its timer, and one purge_log line. Idempotent: a
 * project already in purge_log, or unknown, is left alone, so duplicate firings and retries are harmless.
 */
@Stateless
public class ProjectPurger {

    private static final Logger LOG = Logger.getLogger(ProjectPurger.class.getName());

    /** Tables whose rows belong to a project (each cascades from projects); counted for purge_log. */
    static final List<String> PROJECT_CHILD_TABLES = List.of("photos", "lidar_scans", "design_briefs",
            "generated_images", "revisions", "lasso_regions", "shopping_lists", "product_matches", "pipeline_runs",
            "idempotency_records", "project_events", "stream_tickets");

    @EJB
    ObjectStore objectStore;

    @EJB
    PurgeTimers purgeTimers;

    @EJB
    JobStarter jobs;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Purges in a transaction of its own, so a caller (the timer) can react to a failure: objects first (a failure
     * there leaves the project intact and retryable), then the rows and the log line, committed together.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PurgeResult purge(UUID projectId, PurgeReason reason) {
        if (alreadyLogged(projectId)) {
            return PurgeResult.nothingToDo(projectId);
        }
        List<?> locked = em.createNativeQuery("select purge_timer_handle from projects where id = ?1 for update")
                .setParameter(1, projectId).getResultList();
        if (locked.isEmpty()) {
            return PurgeResult.nothingToDo(projectId);
        }
        byte[] timerHandle = (byte[]) locked.get(0);
        stopRunningJobs(projectId);
        int objects = objectStore.deletePrefix(ProjectObjects.prefix(projectId));
        int rows = countRows(projectId) + deleteJobExecutions(projectId);
        // The log line takes the due time from the project row, so it is written before the row goes.
        em.createNativeQuery("insert into purge_log (project_id, reason, rows_deleted, objects_deleted, purged_at, due_at) "
                        + "select id, ?2, ?3, ?4, ?5, case when ?2 = 'user_request' then null else purge_at end "
                        + "from projects where id = ?1 on conflict (project_id) do nothing")
                .setParameter(1, projectId)
                .setParameter(2, reason.wireName())
                .setParameter(3, rows)
                .setParameter(4, objects)
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        em.createNativeQuery("delete from projects where id = ?1").setParameter(1, projectId).executeUpdate();
        if (timerHandle != null) {
            purgeTimers.cancel(timerHandle);
        }
        LOG.info(() -> "purged project " + projectId + " (" + reason.wireName() + "): " + rows + " rows, " + objects + " objects");
        return new PurgeResult(projectId, true, rows, objects);
    }

    private boolean alreadyLogged(UUID projectId) {
        return !em.createNativeQuery("select 1 from purge_log where project_id = ?1")
                .setParameter(1, projectId).getResultList().isEmpty();
    }

    /** A job still working for the project would write after the purge: it is asked to stop first. */
    private void stopRunningJobs(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Number> running = em.createNativeQuery("select execution_id from pipeline_runs where project_id = ?1 "
                + "and status in ('starting', 'running') and execution_id is not null").setParameter(1, projectId).getResultList();
        for (Number execution : running) {
            try {
                jobs.stop(execution.longValue());
            } catch (RuntimeException e) {
                LOG.fine(() -> "job " + execution + " of " + projectId + " was not running: " + e.getMessage());
            }
        }
    }

    /**
     * The project's Jakarta Batch executions in the job repository: found by the run rows and, as a net for runs whose
     * execution id was never recorded, by the projectId job parameter JBeret stores with each execution.
     */
    private int deleteJobExecutions(UUID projectId) {
        String executions = "select jobexecutionid from job_execution where jobexecutionid in "
                + "(select execution_id from pipeline_runs where project_id = ?1) "
                + "or jobparameters like '%projectId=' || ?2 || '%'";
        @SuppressWarnings("unchecked")
        List<Number> instances = em.createNativeQuery("select distinct jobinstanceid from job_execution where jobexecutionid in ("
                + executions + ")").setParameter(1, projectId).setParameter(2, projectId.toString()).getResultList();
        if (instances.isEmpty()) {
            return 0;
        }
        List<Long> ids = instances.stream().map(Number::longValue).toList();
        String ofInstances = "select jobexecutionid from job_execution where jobinstanceid in (?1)";
        int rows = em.createNativeQuery("delete from partition_execution where stepexecutionid in "
                + "(select stepexecutionid from step_execution where jobexecutionid in (" + ofInstances + "))")
                .setParameter(1, ids).executeUpdate();
        rows += em.createNativeQuery("delete from step_execution where jobexecutionid in (" + ofInstances + ")")
                .setParameter(1, ids).executeUpdate();
        rows += em.createNativeQuery("delete from job_execution where jobinstanceid in (?1)").setParameter(1, ids).executeUpdate();
        rows += em.createNativeQuery("delete from job_instance where jobinstanceid in (?1)").setParameter(1, ids).executeUpdate();
        return rows;
    }

    private int countRows(UUID projectId) {
        int rows = 1;
        for (String table : PROJECT_CHILD_TABLES) {
            Number count = (Number) em.createNativeQuery("select count(*) from " + table + " where project_id = ?1")
                    .setParameter(1, projectId).getSingleResult();
            rows += count.intValue();
        }
        return rows;
    }
}
