package io.remo.pipeline.control;

import io.remo.events.api.ProjectEventMessage;
import io.remo.events.control.ProjectEvents;
import io.remo.generation.entity.PipelineRun;
import io.remo.pipeline.api.PipelineRuns;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.entity.Project;
import io.remo.revision.entity.Revision;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The run rows of pipeline jobs, and the progress and error events the phone sees. Each report commits on its own:
 * progress must be visible while the job's own work is still in a transaction.
 */
@Stateless
@LocalBean
@Local(PipelineRuns.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PipelineRunService implements PipelineRuns {

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectEvents events;

    @EJB
    ProjectStateReader states;

    @Inject
    Clock clock;

    @Override
    public void running(UUID runId, long executionId) {
        PipelineRun run = em.find(PipelineRun.class, runId);
        if (run != null) {
            run.started(executionId, Nodes.name());
        }
    }

    @Override
    public void progress(UUID runId, String step, int percent, String message) {
        // Locked: two reports racing must not both pass the forward-only check and publish out of order.
        PipelineRun run = em.find(PipelineRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && run.advance(step, percent)) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("jobId", runId);
            data.put("job", run.getJobName());
            data.put("step", step);
            data.put("progress", run.getProgress());
            if (message != null) {
                data.put("message", message);
            }
            events.publish(run.getProjectId(), ProjectEventMessage.PROGRESS, data);
        }
    }

    @Override
    public void completed(UUID runId, long computeMillis) {
        PipelineRun run = em.find(PipelineRun.class, runId);
        if (run == null) {
            return;
        }
        run.recordCompute(computeMillis);
        // Publishing steps complete their run themselves, with the result; the others end here.
        if (run.getStatus().active()) {
            run.completed(clock.instant());
        }
    }

    @Override
    public void failed(UUID runId, String code, String failedStep, String message, boolean retryable) {
        PipelineRun run = em.find(PipelineRun.class, runId);
        if (run == null || !run.getStatus().active()) {
            return;
        }
        run.failed(code, failedStep, message, clock.instant());
        releaseSubject(run, code);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobId", runId);
        data.put("job", run.getJobName());
        data.put("code", code);
        data.put("failedStep", failedStep);
        data.put("message", message == null ? code : message);
        data.put("retryable", retryable);
        events.publish(run.getProjectId(), ProjectEventMessage.ERROR, data);
        publishState(run.getProjectId());
    }

    @Override
    public void stopped(UUID runId, String step) {
        PipelineRun run = em.find(PipelineRun.class, runId);
        if (run == null || !run.getStatus().active()) {
            return;
        }
        run.stopped(clock.instant());
        releaseSubject(run, "JOB_CANCELLED");
        events.publish(run.getProjectId(), ProjectEventMessage.ERROR, Map.of("jobId", runId, "job", run.getJobName(),
                "code", "JOB_CANCELLED", "failedStep", step == null ? "" : step,
                "message", "Cancelled at your request.", "retryable", true));
        publishState(run.getProjectId());
    }

    /**
     * Prepares the execution of a run that the server left unfinished for a restart: one a crash left STARTED is marked
     * FAILED in the job repository (a dead execution cannot be stopped through the runtime); one a shutdown stopped
     * or failed before its run heard of it can be restarted as it is. Returns false when it had completed.
     */
    public boolean abandonInterrupted(long executionId) {
        List<?> status = em.createNativeQuery("select batchstatus from job_execution where jobexecutionid = ?1")
                .setParameter(1, executionId).getResultList();
        if (status.isEmpty() || "COMPLETED".equals(status.get(0)) || "ABANDONED".equals(status.get(0))) {
            return false;
        }
        if (List.of("STOPPED", "FAILED").contains(status.get(0))) {
            return true;
        }
        em.createNativeQuery("update step_execution set batchstatus = 'FAILED', exitstatus = 'INTERRUPTED', "
                + "endtime = now() where jobexecutionid = ?1 and batchstatus in ('STARTED', 'STARTING', 'STOPPING')")
                .setParameter(1, executionId).executeUpdate();
        em.createNativeQuery("update partition_execution set batchstatus = 'FAILED', exitstatus = 'INTERRUPTED' "
                + "where stepexecutionid in (select stepexecutionid from step_execution where jobexecutionid = ?1) "
                + "and batchstatus in ('STARTED', 'STARTING', 'STOPPING')").setParameter(1, executionId).executeUpdate();
        em.createNativeQuery("update job_execution set batchstatus = 'FAILED', exitstatus = 'INTERRUPTED', endtime = now(), "
                + "lastupdatedtime = now() where jobexecutionid = ?1").setParameter(1, executionId).executeUpdate();
        return true;
    }

    /** The current state as an event, after a change a phone must see (new options, a failure…). */
    public void publishState(UUID projectId) {
        Project project = em.find(Project.class, projectId);
        if (project != null) {
            events.publish(projectId, ProjectEventMessage.STATE, states.view(project));
        }
    }

    /** A failed revision consumes no iteration: its row is marked failed and the number is free again. */
    private void releaseSubject(PipelineRun run, String code) {
        if (run.getSubjectId() != null && "revision".equals(run.getJobName())) {
            Revision revision = em.find(Revision.class, run.getSubjectId());
            if (revision != null) {
                revision.failed(code, clock.instant());
            }
        }
    }
}
