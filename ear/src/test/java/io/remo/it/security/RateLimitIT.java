package io.remo.it.security;

import static io.remo.it.security.SecurityCalls.FORWARDED_FOR;
import static io.remo.it.security.SecurityCalls.createProject;
import static io.remo.it.security.SecurityCalls.newProject;
import static io.remo.it.security.SecurityCalls.photo;
import static io.remo.it.security.SecurityCalls.project;
import static io.remo.it.security.SecurityCalls.randomAddress;
import static io.remo.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.Database;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import io.remo.it.support.Storage;
import io.remo.testing.HostileUploads;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every rate limit of the table, with small limits: the request over it gets 429 RATE_LIMITED with Retry-After and
 * changes nothing, and a redeploy of the application (what a restart or another node sees: nothing in memory) still
 * finds every bucket empty. The test server trusts itself as a proxy here, so each part of a test speaks from an
 * address of its own (X-Forwarded-For) and no part uses up another's per-address allowance.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    private static final long DAY = 24 * 3600;
    private static final long HOUR = 3600;
    private static final int PER_ADDRESS = 6;

    @ArquillianResource
    ManagementClient management;

    private final Client client = ClientBuilder.newClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear(Map.of(
                "remo.rate.create-project", "2/PT24H",
                "remo.rate.photos", "3/PT1H",
                "remo.rate.generate", "2/PT1H",
                "remo.rate.revisions", "2/PT1H",
                "remo.rate.client-ip", PER_ADDRESS + "/PT10M",
                "remo.rate.trusted-proxies", "127.0.0.1,10.0.0.0/8"));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void everyLimitRefusesTheRequestOverItAndARestartForgetsNothing() throws Exception {
        String device = "it-device-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            try (Response response = createProject(client, device, randomAddress())) {
                assertThat(response.getStatus()).isEqualTo(201);
            }
        }
        try (Response response = createProject(client, device, randomAddress())) {
            assertRateLimited(response, "create-project", DAY);
        }
        assertThat(projectsOfDevice(device)).as("the refused creation made no project").isEqualTo(2);
        long expiresAt = (Long) Database.single("select expires_at from rate_limit_buckets where id = 'create-project|2/PT24H|' || ?",
                sha256(device));
        assertThat(expiresAt).as("the row goes once the bucket is full again, a day after its first use")
                .isBetween(System.currentTimeMillis() + DAY * 1000 - 120_000, System.currentTimeMillis() + DAY * 1000);

        String photosAddress = randomAddress();
        ProjectHandle photos = newProject(client, photosAddress);
        try (Response response = upload(photos, photosAddress)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        try (Response response = project(client, photos, "photos/uploads").header(FORWARDED_FOR, photosAddress)
                .post(Entity.json(Map.of("type", "inspiration", "contentType", "image/jpeg")))) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        try (Response response = upload(photos, photosAddress)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        try (Response response = upload(photos, photosAddress)) {
            assertRateLimited(response, "photos", HOUR);
        }
        assertThat(Database.count("select count(*) from photos where project_id = ?", photos.id())).isEqualTo(3);
        assertThat(Storage.projectKeys(photos.id())).as("two stored photos, nothing of the refused one").hasSize(2);

        String generateAddress = randomAddress();
        ProjectHandle generate = newProject(client, generateAddress);
        for (int i = 0; i < 2; i++) {
            try (Response response = post(generate, "generate", generateAddress, null)) {
                assertProblem(response, 409, "ILLEGAL_STEP");
            }
        }
        try (Response response = post(generate, "generate", generateAddress, null)) {
            assertRateLimited(response, "generate", HOUR);
        }

        String revisionsAddress = randomAddress();
        ProjectHandle revisions = newProject(client, revisionsAddress);
        Map<String, String> feedback = Map.of("type", "full_regenerate", "feedback", "warmer colours, less clutter");
        for (int i = 0; i < 2; i++) {
            try (Response response = post(revisions, "revisions", revisionsAddress, feedback)) {
                assertThat(response.getStatus()).as("within the limit the route answers for itself").isNotEqualTo(429);
            }
        }
        try (Response response = post(revisions, "revisions", revisionsAddress, feedback)) {
            assertRateLimited(response, "revisions", HOUR);
        }

        String busyAddress = randomAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            try (Response response = unknownProjectState(busyAddress)) {
                assertProblem(response, 404, "PROJECT_NOT_FOUND");
            }
        }
        try (Response response = unknownProjectState(busyAddress)) {
            assertRateLimited(response, "client-ip", 600);
        }

        redeploy();

        try (Response response = createProject(client, device, randomAddress())) {
            assertRateLimited(response, "create-project", DAY);
        }
        try (Response response = upload(photos, randomAddress())) {
            assertRateLimited(response, "photos", HOUR);
        }
        try (Response response = post(generate, "generate", randomAddress(), null)) {
            assertRateLimited(response, "generate", HOUR);
        }
        try (Response response = post(revisions, "revisions", randomAddress(), feedback)) {
            assertRateLimited(response, "revisions", HOUR);
        }
        try (Response response = unknownProjectState(busyAddress)) {
            assertRateLimited(response, "client-ip", 600);
        }
        assertThat(projectsOfDevice(device)).isEqualTo(2);
        assertThat(Database.count("select count(*) from photos where project_id = ?", photos.id())).isEqualTo(3);
        assertThat(Database.count("select count(*) from rate_limit_buckets where id like 'client-ip|" + PER_ADDRESS
                + "/PT10M|%' and id like '%' || ?", sha256(busyAddress))).as("the address is kept only as a hash").isEqualTo(1);
    }

    @Test
    void theClientIsTheNearestAddressThatNoTrustedProxyWrote() {
        String client = randomAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            // The leftmost entries are the client's own claims: a new one each time must not make a new client.
            try (Response response = unknownProjectState(randomAddress() + ", " + client + ", 10.1.2.3")) {
                assertProblem(response, 404, "PROJECT_NOT_FOUND");
            }
        }
        try (Response response = unknownProjectState(randomAddress() + ", " + client + ", 10.1.2.3")) {
            assertRateLimited(response, "client-ip", 600);
        }
        try (Response response = unknownProjectState(client + ", 10.200.0.1, 10.1.2.3")) {
            assertRateLimited(response, "client-ip", 600);
        }
        try (Response response = unknownProjectState(client + ", " + randomAddress() + ", 10.1.2.3")) {
            assertProblem(response, 404, "PROJECT_NOT_FOUND");
        }
    }

    private Response upload(ProjectHandle project, String address) {
        return project(client, project, "photos").header(FORWARDED_FOR, address)
                .post(photo("room", "room.jpg", "image/jpeg", HostileUploads.jpeg(320, 240)));
    }

    private Response post(ProjectHandle project, String path, String address, Object body) {
        return project(client, project, path).header(FORWARDED_FOR, address)
                .post(Entity.json(body == null ? Map.of() : body));
    }

    private Response unknownProjectState(String forwardedFor) {
        return project(client, new ProjectHandle(UUID.randomUUID(), "no-such-token"), "state")
                .header(FORWARDED_FOR, forwardedFor).get();
    }

    /** Undeploys and deploys the application again: every bean and cache is new, only the database remains. */
    private void redeploy() throws Exception {
        var operation = Operations.createOperation("redeploy", Operations.createAddress("deployment", RemoDeployment.NAME));
        var result = management.getControllerClient().execute(operation);
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
    }

    private static void assertRateLimited(Response response, String limit, long maxRetryAfterSeconds) {
        JsonObject problem = assertProblem(response, 429, "RATE_LIMITED");
        assertThat(problem.getString("limit")).isEqualTo(limit);
        long retryAfter = Long.parseLong(response.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, maxRetryAfterSeconds);
        assertThat(problem.getJsonNumber("retryAfter").longValue()).isEqualTo(retryAfter);
    }

    private static long projectsOfDevice(String device) throws Exception {
        return Database.count("select count(*) from projects where device_fingerprint = ?", sha256(device));
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
