package io.remo.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * Proves a purge left no trace: no row of any table but purge_log mentions the project (each row's text form is
 * searched, so a table added later is covered without changing this), the timer store and the job repository
 * included; no object under its prefix; every route answers 404; and exactly one purge_log line.
 */
public final class Completeness {

    private Completeness() {
    }

    public static void assertPurged(RemoClient remo, RemoClient.ProjectHandle project, String reason) {
        UUID id = project.id();
        for (List<Object> table : Database.rows("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'purge_log'")) {
            String name = (String) table.get(0);
            assertThat(Database.count("select count(*) from " + name + " t where t::text like ?", "%" + id + "%"))
                    .as("rows of %s mentioning the project", name).isZero();
        }
        assertThat(Database.purgeTimersOf(id)).as("purge timers of the project").isZero();
        assertThat(Database.count("select count(*) from idempotency_records where convert_from(body, 'UTF8') like ?",
                "%" + id + "%")).as("stored responses naming the project").isZero();
        assertThat(Storage.projectKeys(id)).as("objects under the project's prefix").isEmpty();
        for (String path : List.of("state", "events", "shopping-list", "shopping-list.pdf", "images/" + UUID.randomUUID())) {
            try (Response response = remo.project(project, path).get()) {
                assertThat(response.getStatus()).as("GET " + path).isEqualTo(404);
            }
        }
        try (Response response = remo.post(project, "photos/ready", null)) {
            assertThat(response.getStatus()).as("POST photos/ready").isEqualTo(404);
        }
        try (Response response = remo.project(project, "").delete()) {
            assertThat(response.getStatus()).as("DELETE").isEqualTo(404);
        }
        List<List<Object>> log = Database.rows("select reason from purge_log where project_id = ?", id);
        assertThat(log).as("purge_log lines").hasSize(1);
        assertThat(log.get(0).get(0)).isEqualTo(reason);
    }
}
