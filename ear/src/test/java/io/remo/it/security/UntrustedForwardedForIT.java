package io.remo.it.security;

import static io.remo.it.security.SecurityCalls.FORWARDED_FOR;
import static io.remo.it.security.SecurityCalls.api;
import static io.remo.it.security.SecurityCalls.randomAddress;
import static io.remo.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.RemoDeployment;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With no trusted proxy (the default) the socket address is the client, whatever X-Forwarded-For claims. This test
 * uses up 127.0.0.1's allowance under its own small rate, which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
class UntrustedForwardedForIT {

    private static final int PER_ADDRESS = 3;

    private final Client client = ClientBuilder.newClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(Map.of("remo.rate.client-ip", PER_ADDRESS + "/PT7M"));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aForwardedForHeaderDoesNotMakeANewClient() {
        for (int i = 0; i < PER_ADDRESS; i++) {
            try (Response response = unknownProject(randomAddress())) {
                assertProblem(response, 404, "PROJECT_NOT_FOUND");
            }
        }
        try (Response response = unknownProject(randomAddress())) {
            assertProblem(response, 429, "RATE_LIMITED");
            assertThat(Long.parseLong(response.getHeaderString(HttpHeaders.RETRY_AFTER))).isBetween(1L, 420L);
        }
    }

    private Response unknownProject(String forwardedFor) {
        return api(client, "projects/" + UUID.randomUUID() + "/state").header(FORWARDED_FOR, forwardedFor).get();
    }
}
