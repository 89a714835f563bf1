package io.remo.pipeline.control;

import io.remo.generation.entity.PipelineRun;
import io.remo.generation.entity.RunStatus;
import io.remo.platform.control.Json;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The queue that carries jobs from the nodes that may not run them (no gpu role) to the gpu nodes (DESIGN.md §5).
 * A request is put in the transaction that records its run, so it is queued exactly when the run committed; a gpu
 * node takes one when it has room and starts its job, in one transaction with the message, so a request it could
 * not start for a passing reason (the database away) goes back to the queue for any gpu node.
 */
@Stateless
public class JobQueue {

    public static final String QUEUE = "java:/jms/queue/remo/pipeline-jobs";
    private static final Logger LOG = Logger.getLogger(JobQueue.class.getName());

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    @PersistenceContext
    EntityManager em;

    @Inject
    PipelineLauncher launcher;

    /** In the caller's transaction: the request reaches the queue when that transaction commits. */
    public void put(JobRequest request) {
        jms.createProducer().setProperty("jobName", request.jobName()).send(queue, Json.write(request));
    }

    /**
     * Takes the next request, waiting up to {@code wait} for one, and starts its job on this node. A run that was
     * cancelled (or purged) while its request waited is not started. Returns false when no request came.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean startNext(Duration wait) {
        String body;
        try (JMSConsumer consumer = jms.createConsumer(queue)) {
            body = consumer.receiveBody(String.class, wait.toMillis());
        }
        if (body == null) {
            return false;
        }
        JobRequest request = Json.read(body, JobRequest.class);
        PipelineRun run = em.find(PipelineRun.class, request.runId());
        if (run == null || run.getStatus() != RunStatus.STARTING || run.getExecutionId() != null) {
            LOG.info(() -> "queued " + request.jobName() + " of run " + request.runId() + " not started: the run is "
                    + (run == null ? "gone" : run.getStatus().toString().toLowerCase(Locale.ROOT)));
            return true;
        }
        launcher.startHere(request);
        return true;
    }

    /** How many runs this node is executing now. */
    public long activeRunsHere() {
        return em.createQuery("select count(r) from PipelineRun r where r.node = :node and r.status in "
                        + "(io.remo.generation.entity.RunStatus.STARTING, io.remo.generation.entity.RunStatus.RUNNING)",
                Long.class).setParameter("node", Nodes.name()).getSingleResult();
    }
}
