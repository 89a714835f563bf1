package io.remo.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoDeployment;
import io.remo.it.support.S3ProxyProcess;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /health/ready on the public port: the application's checks, and DOWN while the object store is away. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    private static final Client CLIENT = ClientBuilder.newClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterAll
    static void close() {
        S3ProxyProcess.start();
        CLIENT.close();
    }

    @Test
    void readinessReportsDatabaseStorageAndNativeLibraries() {
        Readiness ready = readiness();
        assertThat(ready.httpStatus()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo("UP");
        assertThat(ready.checks()).containsEntry("database", "UP").containsEntry("object-storage", "UP")
                .containsEntry("native-runtime", "UP");
        JsonObject natives = ready.body().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("native-runtime")).findFirst().orElseThrow().getJsonObject("data");
        assertThat(natives.getString("opencv")).contains("Canny");
        assertThat(natives.getString("djl")).contains("PyTorch").contains("9.0");
        assertThat(natives.getString("embedding")).contains("384 dimensions");
        assertThat(natives.getString("cuda")).startsWith("0 GPUs");
    }

    @Test
    void readinessIsDownWhileTheObjectStoreIsStopped() {
        S3ProxyProcess.stop();
        await("DOWN without S3").atMost(Duration.ofSeconds(20))
                .until(() -> readiness().checks().get("object-storage"), "DOWN"::equals);
        assertThat(readiness().httpStatus()).isEqualTo(503);
        assertThat(readiness().checks()).containsEntry("database", "UP");

        S3ProxyProcess.start();
        await("UP again").atMost(Duration.ofSeconds(20)).until(() -> readiness().status(), "UP"::equals);
    }

    record Readiness(int httpStatus, String status, Map<String, String> checks, JsonObject body) {
    }

    private static Readiness readiness() {
        try (Response response = CLIENT.target(ItEnvironment.baseUri()).path("health/ready").request().get()) {
            JsonObject body = response.readEntity(JsonObject.class);
            Map<String, String> checks = body.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
            return new Readiness(response.getStatus(), body.getString("status"), checks, body);
        }
    }
}
