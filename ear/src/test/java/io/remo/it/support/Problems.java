package io.remo.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/** Asserts an RFC 9457 problem response with its stable code. */
public final class Problems {

    private Problems() {
    }

    public static JsonObject assertProblem(Response response, int status, String code) {
        response.bufferEntity();
        String raw = response.readEntity(String.class);
        assertThat(response.getStatus()).as(raw).isEqualTo(status);
        assertThat(response.getMediaType()).as(raw).isNotNull();
        assertThat(response.getMediaType().toString()).as(raw).startsWith("application/problem+json");
        JsonObject problem = response.readEntity(JsonObject.class);
        assertThat(problem.getString("code")).as(raw).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }

    public static JsonObject assertProblem(Response response, int status, String code, String field) {
        JsonObject problem = assertProblem(response, status, code);
        assertThat(problem.getString("field", null)).as(problem.toString()).isEqualTo(field);
        return problem;
    }
}
