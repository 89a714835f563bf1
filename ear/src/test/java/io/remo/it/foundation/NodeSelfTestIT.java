package io.remo.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.diagnostics.control.NodeSelfTest;
import io.remo.it.support.Database;
import io.remo.it.support.RemoDeployment;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.util.List;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** A job whose XML lives in the batch-jobs jar, started by name from the EJB module, recorded in PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeSelfTestIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RemoDeployment.inContainer(NodeSelfTestIT.class);
    }

    @Test
    @Order(1)
    void runsToCompletedThroughTheJobOperator() throws Exception {
        NodeSelfTest selfTest = InitialContext.doLookup("java:app/remo-ejb/NodeSelfTest!" + NodeSelfTest.class.getName());
        long executionId = selfTest.start();
        var operator = BatchRuntime.getJobOperator();
        await().atMost(Duration.ofSeconds(60)).until(() -> operator.getJobExecution(executionId).getBatchStatus(),
                status -> status == BatchStatus.COMPLETED || status == BatchStatus.FAILED);
        assertThat(operator.getJobExecution(executionId).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(operator.getStepExecutions(executionId)).hasSize(2);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theExecutionIsInThePostgresJobRepositoryAndTheManagementModel(@ArquillianResource ManagementClient management)
            throws Exception {
        List<Object> latest = Database.rows("select e.jobexecutionid, e.batchstatus from job_execution e "
                + "join job_instance i on i.jobinstanceid = e.jobinstanceid where i.jobname = 'node-selftest' "
                + "order by e.jobexecutionid desc limit 1").get(0);
        long executionId = ((Number) latest.get(0)).longValue();
        assertThat(latest.get(1)).isEqualTo("COMPLETED");
        assertThat(Database.rows("select stepname, batchstatus, exitstatus from step_execution where jobexecutionid = ? "
                + "order by stepexecutionid", executionId))
                .extracting(row -> row.get(0) + " " + row.get(1))
                .containsExactly("write-probe-image COMPLETED", "detect-edges COMPLETED");
        assertThat((String) Database.single("select exitstatus from step_execution where jobexecutionid = ? "
                + "and stepname = 'detect-edges'", executionId)).startsWith("EDGES_");

        // What the admin console's batch view reads: the deployment's batch-jberet resources, which WildFly
        // refreshes from the job repository at most every 3 s.
        ModelNode address = Operations.createAddress("deployment", "remo.ear", "subdeployment", "remo-ejb.jar",
                "subsystem", "batch-jberet", "job", "node-selftest", "execution", Long.toString(executionId));
        ModelNode op = Operations.createReadResourceOperation(address);
        op.get("include-runtime").set(true);
        ModelNode result = await("execution in the management model").atMost(Duration.ofSeconds(15))
                .until(() -> management.getControllerClient().execute(op), Operations::isSuccessfulOutcome);
        assertThat(Operations.readResult(result).get("batch-status").asString()).isEqualTo("COMPLETED");
    }
}
