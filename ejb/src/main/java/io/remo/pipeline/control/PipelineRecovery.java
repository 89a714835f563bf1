package io.remo.pipeline.control;

import io.remo.generation.entity.PipelineRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Restarts the runs this node was executing when it went down (SIGKILL, power loss): their executions are still
 * marked STARTED in the job repository, which no runtime will ever finish. Shortly after start (once the batch runtime
 * is up), each is marked FAILED and restarted from its last checkpoint; its steps recompute what was only in memory.
 * Which runs those are is read at start, before this deployment can start any job itself (a gpu node takes queued
 * jobs right after it, see GpuNode), so a run started since is never taken for an interrupted one.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class PipelineRecovery {

    private static final Logger LOG = Logger.getLogger(PipelineRecovery.class.getName());
    static final long DELAY_MILLIS = 2_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @EJB
    PipelineRunService runs;

    private List<PipelineRun> interrupted = List.of();

    @PostConstruct
    void scheduleRecovery() {
        interrupted = em.createQuery("select r from PipelineRun r where r.node = :node and r.status in "
                        + "(io.remo.generation.entity.RunStatus.STARTING, io.remo.generation.entity.RunStatus.RUNNING)",
                PipelineRun.class).setParameter("node", Nodes.name()).getResultList();
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("pipeline recovery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recover() {
        var operator = BatchRuntime.getJobOperator();
        for (PipelineRun run : interrupted) {
            try {
                if (!runs.abandonInterrupted(run.getExecutionId())) {
                    continue;
                }
                Properties parameters = operator.getParameters(run.getExecutionId());
                long restarted = operator.restart(run.getExecutionId(), parameters);
                runs.running(run.getId(), restarted);
                LOG.info(() -> "restarted " + run.getJobName() + " of project " + run.getProjectId() + " as execution "
                        + restarted + " (execution " + run.getExecutionId() + " was interrupted)");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not restart run " + run.getId(), e);
                runs.failed(run.getId(), "RUN_INTERRUPTED", null, "the server stopped during the job", true);
            }
        }
    }
}
