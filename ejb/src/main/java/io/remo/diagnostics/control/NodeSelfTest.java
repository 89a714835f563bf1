package io.remo.diagnostics.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.Properties;

/**
 * Starts the node-selftest job: proves on the node that runs it that the batch runtime, the object store and
 * OpenCV work together. Jobs are started by name; this module has no compile-time dependency on batch-jobs.
 */
@Stateless
public class NodeSelfTest {

    public static final String JOB_NAME = "node-selftest";

    public long start() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.start(JOB_NAME, new Properties());
    }
}
