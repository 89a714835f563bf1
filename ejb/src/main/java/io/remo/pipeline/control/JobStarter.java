package io.remo.pipeline.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.Properties;

/**
 * Talks to the batch runtime from the EJB module, so jobs run in this module's batch environment (their XML is in
 * the batch-jobs jar of lib/, which every module sees) whatever thread asked for them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobStarter {

    public long start(String jobName, Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return BatchRuntime.getJobOperator().start(jobName, properties);
    }

    public void stop(long executionId) {
        BatchRuntime.getJobOperator().stop(executionId);
    }

    public long restart(long executionId, Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return BatchRuntime.getJobOperator().restart(executionId, properties);
    }
}
