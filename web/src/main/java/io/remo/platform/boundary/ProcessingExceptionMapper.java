package io.remo.platform.boundary;

import io.remo.platform.api.ProblemException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A request body the runtime could not read (broken JSON, a wrong type for a field) is the client's error. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        // A refusal raised while the body was read (a size bound on the stream) keeps its own status and code.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return Problems.response(problem.status(), problem.code(), problem.getMessage(), problem.field(),
                        problem.details());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return Problems.response(400, "MALFORMED_JSON", "The request body is not JSON of the documented shape: "
                        + t.getMessage(), null, Map.of());
            }
        }
        return Problems.response(400, "MALFORMED_REQUEST", "The request body could not be read.", null, Map.of());
    }
}
