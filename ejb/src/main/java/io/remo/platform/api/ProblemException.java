package io.remo.platform.api;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A refusal the client can act on. The web layer renders it as {@code application/problem+json} (RFC 9457)
 * with a stable {@code code}; services throw it. An application exception, so it crosses EJB calls unwrapped
 * and rolls back the transaction: a refused request leaves nothing behind.
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final Map<String, Object> details;

    public ProblemException(int status, String code, String message) {
        this(status, code, message, null, Map.of());
    }

    public ProblemException(int status, String code, String message, String field) {
        this(status, code, message, field, Map.of());
    }

    public ProblemException(int status, String code, String message, String field, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.details = Map.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The offending request field (JSON path or part name), or null when the problem is not about one field. */
    public String field() {
        return field;
    }

    /** Further members of the problem document, e.g. the current step and the allowed actions. */
    public Map<String, Object> details() {
        return details;
    }

    public static ProblemException notFound() {
        return new ProblemException(404, "PROJECT_NOT_FOUND", "No such project, or the token does not open it.");
    }
}
