package io.remo.pipeline.control;

import io.remo.generation.entity.PipelineRun;
import io.remo.node.api.NodeRoles;
import io.remo.pipeline.api.PipelineRuns;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Starts pipeline jobs by name. The run row is written in the caller's transaction; the job itself starts only
 * after that transaction committed, so a job never reads a project state that might still roll back, and a
 * refused request never leaves a job behind. A node that may not run the job ({@link NodeRoles}: no gpu role)
 * puts it on the {@link JobQueue} instead, in the same transaction, for a gpu node to start.
 */
@ApplicationScoped
public class PipelineLauncher {

    private static final Logger LOG = Logger.getLogger(PipelineLauncher.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<JobRequest> requests;

    @Inject
    Clock clock;

    @EJB
    JobStarter starter;

    @EJB
    PipelineRunService runs;

    @EJB
    JobQueue queue;

    @Inject
    Config config;

    /** In the caller's transaction: records the run and asks for the job. Returns the run id. */
    public UUID launch(UUID projectId, String jobName, UUID subjectId, Map<String, String> parameters) {
        var run = new PipelineRun(UUID.randomUUID(), projectId, jobName, subjectId, clock.instant());
        em.persist(run);
        Map<String, String> all = new HashMap<>(parameters);
        all.put(PipelineRuns.RUN_ID, run.getId().toString());
        all.put(PipelineRuns.PROJECT_ID, projectId.toString());
        JobRequest request = new JobRequest(run.getId(), jobName, Map.copyOf(all));
        if (NodeRoles.from(config).runsHere(jobName)) {
            requests.fire(request);
        } else {
            queue.put(request);
        }
        return run.getId();
    }

    void startAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobRequest request) {
        startHere(request);
    }

    /** Starts the run's job on this node and records that it runs here, or why it did not start. */
    public void startHere(JobRequest request) {
        try {
            long executionId = starter.start(request.jobName(), request.parameters());
            runs.running(request.runId(), executionId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "job " + request.jobName() + " did not start", e);
            runs.failed(request.runId(), "JOB_START_FAILED", "start", e.getMessage(), true);
        }
    }
}
