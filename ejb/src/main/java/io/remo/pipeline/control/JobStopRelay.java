package io.remo.pipeline.control;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Stops the jobs this node executes when another node (or this one) asks for it over the job-control topic: the
 * node that takes a cancel or a purge is often not the one that runs the job (api and gpu nodes, DESIGN.md §5).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JobStopRelay.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class JobStopRelay implements MessageListener {

    public static final String TOPIC = "java:/jms/topic/remo/job-control";
    /** The message property naming the node that executes the job. */
    public static final String NODE = "node";
    private static final Logger LOG = Logger.getLogger(JobStopRelay.class.getName());

    @EJB
    JobStarter jobs;

    @Override
    public void onMessage(Message message) {
        try {
            if (!Nodes.name().equals(message.getStringProperty(NODE))) {
                return;
            }
            long execution = Long.parseLong(((TextMessage) message).getText());
            try {
                jobs.stopHere(execution);
            } catch (JobExecutionNotRunningException | NoSuchJobExecutionException e) {
                LOG.fine(() -> "job execution " + execution + " had ended before its stop: " + e.getMessage());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable stop request", e);
        }
    }
}
