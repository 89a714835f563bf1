package io.remo.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoDeployment;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /openapi documents every endpoint of the phone's API. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @Test
    void everyEndpointIsDocumented() {
        JsonObject paths;
        var client = ClientBuilder.newClient();
        try (Response response = client.target(ItEnvironment.baseUri()).path("openapi").queryParam("format", "JSON").request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            paths = response.readEntity(JsonObject.class).getJsonObject("paths");
        } finally {
            client.close();
        }
        String p = "/api/v1/projects/{id}";
        Map<String, String[]> expected = Map.ofEntries(
                Map.entry("/api/v1/projects", new String[] {"post"}),
                Map.entry(p + "/state", new String[] {"get"}),
                Map.entry(p, new String[] {"delete"}),
                Map.entry(p + "/photos", new String[] {"post"}),
                Map.entry(p + "/photos/uploads", new String[] {"post"}),
                Map.entry(p + "/photos/{photoId}/confirm", new String[] {"post"}),
                Map.entry(p + "/photos/{photoId}/validate", new String[] {"post"}),
                Map.entry(p + "/photos/{photoId}", new String[] {"delete"}),
                Map.entry(p + "/photos/ready", new String[] {"post"}),
                Map.entry(p + "/scan", new String[] {"post"}),
                Map.entry(p + "/scan/skip", new String[] {"post"}),
                Map.entry(p + "/intake/message", new String[] {"post"}),
                Map.entry(p + "/intake/confirm", new String[] {"post"}),
                Map.entry(p + "/intake/skip", new String[] {"post"}),
                Map.entry(p + "/generate", new String[] {"post"}),
                Map.entry(p + "/select-option", new String[] {"post"}),
                Map.entry(p + "/revisions", new String[] {"post"}),
                Map.entry(p + "/approve", new String[] {"post"}),
                Map.entry(p + "/start-over", new String[] {"post"}),
                Map.entry(p + "/jobs/current/cancel", new String[] {"post"}),
                Map.entry(p + "/shopping-list", new String[] {"get"}),
                Map.entry(p + "/shopping-list.pdf", new String[] {"get"}),
                Map.entry(p + "/images/{imageId}", new String[] {"get"}),
                Map.entry(p + "/events", new String[] {"get"}));
        expected.forEach((path, methods) -> {
            assertThat(paths).as("documented paths").containsKey(path);
            for (String method : methods) {
                JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
                assertThat(operation).as(method + " " + path).isNotNull();
                assertThat(operation.getString("summary", "")).as("summary of " + method + " " + path).isNotBlank();
                assertThat(operation.getJsonObject("responses")).as("responses of " + method + " " + path).isNotEmpty();
            }
        });
    }
}
