package io.remo.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient;
import io.remo.it.support.RemoDeployment;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.InboundSseEvent;
import jakarta.ws.rs.sse.SseEventSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class EventStreamIT {

    private final RemoClient remo = new RemoClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void close() {
        remo.close();
    }

    @Test
    void aJaxRsSseClientReceivesTheProjectState() {
        var project = remo.createProject();
        var target = remo.jaxrs().target(ItEnvironment.apiUri()).path("projects").path(project.id().toString()).path("events")
                .register((jakarta.ws.rs.client.ClientRequestFilter) request ->
                        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + project.token()));
        List<InboundSseEvent> events = new CopyOnWriteArrayList<>();
        try (SseEventSource source = SseEventSource.target(target).build()) {
            source.register(events::add);
            source.open();
            await().atMost(Duration.ofSeconds(10)).until(() -> !events.isEmpty());
        }
        InboundSseEvent first = events.get(0);
        assertThat(first.getName()).isEqualTo("state");
        JsonObject state = first.readData(JsonObject.class, MediaType.APPLICATION_JSON_TYPE);
        assertThat(state.getString("id")).isEqualTo(project.id().toString());
        assertThat(state.getString("step")).isEqualTo("photos");
    }
}
