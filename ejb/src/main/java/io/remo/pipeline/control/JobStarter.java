package io.remo.pipeline.control;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Talks to the batch runtime from the EJB module, so jobs run in this module's batch environment (their XML is in
 * the batch-jobs jar of lib/, which every module sees) whatever thread asked for them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobStarter {

    @PersistenceContext
    EntityManager em;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = JobStopRelay.TOPIC)
    Topic stopRequests;

    public long start(String jobName, Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return BatchRuntime.getJobOperator().start(jobName, properties);
    }

    /**
     * Asks the node that executes the job to stop it: only its batch runtime can (JBeret keeps a running execution in
     * that node's memory), so the request goes over the job-control topic to every node and the one the run names
     * stops it ({@link JobStopRelay}). An execution no run names is stopped here.
     */
    public void stop(long executionId) {
        List<String> nodes = em.createQuery("select r.node from PipelineRun r where r.executionId = :execution",
                String.class).setParameter("execution", executionId).getResultList();
        if (nodes.isEmpty() || nodes.get(0) == null) {
            stopHere(executionId);
        } else {
            jms.createProducer().setProperty(JobStopRelay.NODE, nodes.get(0))
                    .send(stopRequests, Long.toString(executionId));
        }
    }

    /** Stops an execution of this node's batch runtime. */
    public void stopHere(long executionId) {
        BatchRuntime.getJobOperator().stop(executionId);
    }

    public long restart(long executionId, Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return BatchRuntime.getJobOperator().restart(executionId, properties);
    }
}
