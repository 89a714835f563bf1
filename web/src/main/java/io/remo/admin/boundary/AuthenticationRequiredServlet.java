package io.remo.admin.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The body of the container's 401 (web.xml error page): the authentication challenge comes from the server, before
 * JAX-RS, so this is where it becomes a problem document like every other error. The challenge header stays.
 */
@WebServlet(AuthenticationRequiredServlet.PATH)
public class AuthenticationRequiredServlet extends HttpServlet {

    static final String PATH = "/problems/authentication-required";
    private static final byte[] BODY = ("{\"type\":\"urn:remo:problem:authentication-required\",\"title\":\"Unauthorized\","
            + "\"status\":401,\"code\":\"AUTHENTICATION_REQUIRED\",\"detail\":\"The admin endpoints need the credentials"
            + " of a WildFly management user (add-user.sh).\"}").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
