package io.remo.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Builds RFC 9457 problem documents; {@code code} is the stable, machine-readable part clients switch on. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private Problems() {
    }

    public static Response response(int status, String code, String detail, String field, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:remo:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("title", Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase());
        body.put("status", status);
        body.put("code", code);
        body.put("detail", detail);
        if (field != null) {
            body.put("field", field);
        }
        body.putAll(extra);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
