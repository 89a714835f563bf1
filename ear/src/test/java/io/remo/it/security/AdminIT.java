package io.remo.it.security;

import static io.remo.it.security.SecurityCalls.api;
import static io.remo.it.security.SecurityCalls.newProject;
import static io.remo.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remo.it.support.Database;
import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient.ProjectHandle;
import io.remo.it.support.RemoDeployment;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin endpoints need a user of WildFly's management realm: the build adds one to the test server with
 * add-user.sh (ear/pom.xml), as ./remo up adds 'admin'.
 */
@ExtendWith(ArquillianExtension.class)
class AdminIT {

    private final Client client = ClientBuilder.newClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RemoDeployment.ear();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void withoutManagementCredentialsTheAdminEndpointsAnswer401() {
        for (String authorization : new String[] {null, basic(adminUser(), "wrong-password-1!"), basic("nobody", "x"),
                "Bearer " + newProject(client, null).token()}) {
            try (Response response = api(client, "admin/summary").header(HttpHeaders.AUTHORIZATION, authorization).get()) {
                assertProblem(response, 401, "AUTHENTICATION_REQUIRED");
                assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"ManagementRealm\"");
            }
        }
        try (Response response = api(client, "admin/catalog/reimport").post(Entity.json("{}"))) {
            assertProblem(response, 401, "AUTHENTICATION_REQUIRED");
        }
    }

    @Test
    void aManagementUserReadsCountsAndNeverAProject() {
        ProjectHandle project = newProject(client, null);
        try (Response response = api(client, "admin/summary").header(HttpHeaders.AUTHORIZATION, adminCredentials()).get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            response.bufferEntity();
            JsonObject summary = response.readEntity(JsonObject.class);
            assertThat(summary.getJsonNumber("liveProjects").longValue()).isPositive();
            assertThat(summary.getJsonObject("projectsByStep").getJsonNumber("photos").longValue()).isPositive();
            assertThat(summary.keySet()).contains("overduePurges", "runningJobs", "purgedLastDay", "catalogProducts",
                    "rateLimitBuckets");
            assertThat(response.readEntity(String.class)).doesNotContain(project.id().toString());
        }
    }

    /** The whole bundled catalogue: removed afterwards, since other test classes import small ones into an empty table. */
    @Test
    void aManagementUserStartsACatalogueReimport() {
        Object before = Database.single("select clock_timestamp()");
        try {
            reimportTheBundledCatalogue();
        } finally {
            Database.update("delete from catalog_products where updated_at >= ?", before);
        }
    }

    private void reimportTheBundledCatalogue() {
        long execution;
        try (Response response = api(client, "admin/catalog/reimport").header(HttpHeaders.AUTHORIZATION, adminCredentials())
                .post(Entity.json("{}"))) {
            assertThat(response.getStatus()).isEqualTo(202);
            execution = response.readEntity(JsonObject.class).getJsonNumber("jobExecutionId").longValue();
        }
        assertThat(Database.single("select i.jobname from job_execution e join job_instance i "
                + "on i.jobinstanceid = e.jobinstanceid where e.jobexecutionid = ?", execution)).isEqualTo("catalog-import");
        await("the import completes").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "COMPLETED".equals(Database.single("select batchstatus from job_execution where jobexecutionid = ?",
                        execution)));
        try (Response response = api(client, "admin/summary").header(HttpHeaders.AUTHORIZATION, adminCredentials()).get()) {
            assertThat(response.readEntity(JsonObject.class).getJsonNumber("catalogProducts").longValue()).isPositive();
        }
    }

    /** The server's own management API (behind the console) needs the management realm as well. */
    @Test
    void theManagementApiNeedsCredentialsToo() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + ItEnvironment.managementPort() + "/management")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues(HttpHeaders.WWW_AUTHENTICATE)).anyMatch(h -> h.contains("ManagementRealm"));
    }

    /** Spellings of the admin path that servlet and JAX-RS might read differently: none gets past the login. */
    @Test
    void noSpellingOfTheAdminPathGetsAroundTheLogin() throws Exception {
        for (String path : List.of("/api/v1//admin/summary", "/api/v1/./admin/summary", "/api/v1/x/../admin/summary",
                "/api/v1/%61dmin/summary", "/api/v1/admin;x=1/summary", "/api/v1/admin/summary;x=1",
                "/api/v1/admin/%2e/summary", "//api/v1/admin/summary")) {
            String response = rawGet(path);
            assertThat(response).as(path).startsWith("HTTP/1.1 401 ").contains("AUTHENTICATION_REQUIRED");
        }
    }

    private static String rawGet(String path) throws Exception {
        try (Socket socket = new Socket(ItEnvironment.baseUri().getHost(), ItEnvironment.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String adminCredentials() {
        return basic(adminUser(), System.getProperty("remo.it.admin.password"));
    }

    private static String adminUser() {
        return System.getProperty("remo.it.admin.user");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
