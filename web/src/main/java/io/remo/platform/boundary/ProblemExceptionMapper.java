package io.remo.platform.boundary;

import io.remo.platform.api.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException e) {
        return Problems.response(e.status(), e.code(), e.getMessage(), e.field(), e.details());
    }
}
