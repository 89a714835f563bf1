package io.remo.events.boundary;

import io.remo.events.api.ProjectEventMessage;
import io.remo.platform.control.Json;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Forwards the project-event topic to this node's SSE streams. One session keeps the events of a project in the
 * order they were published.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ProjectEventMessage.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class ProjectEventRelay implements MessageListener {

    @Inject
    ProjectEventBroadcaster broadcaster;

    @Override
    public void onMessage(Message message) {
        try {
            broadcaster.deliver(Json.read(((TextMessage) message).getText(), ProjectEventMessage.class));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable project event", e);
        }
    }
}
