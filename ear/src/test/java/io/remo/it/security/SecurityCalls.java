package io.remo.it.security;

import io.remo.it.support.ItEnvironment;
import io.remo.it.support.RemoClient.ProjectHandle;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests the security tests make that the phone's client does not: spoofed headers, chosen file names. */
final class SecurityCalls {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    private SecurityCalls() {
    }

    /** A client address of the documentation range 2001:db8::/32, different for every call. */
    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x:%x:%x:%x:%x", random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
    }

    static Invocation.Builder api(Client client, String path) {
        return client.target(ItEnvironment.apiUri()).path(path).request();
    }

    static Invocation.Builder project(Client client, ProjectHandle project, String path) {
        return api(client, "projects/" + project.id() + (path.isEmpty() ? "" : "/" + path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + project.token());
    }

    static Response createProject(Client client, String deviceId, String forwardedFor) {
        return api(client, "projects").header("X-Device-ID", deviceId).header(FORWARDED_FOR, forwardedFor)
                .post(Entity.text(""));
    }

    static ProjectHandle created(Response response) {
        if (response.getStatus() != 201) {
            throw new AssertionError("create answered " + response.getStatus() + ": " + response.readEntity(String.class));
        }
        JsonObject body = response.readEntity(JsonObject.class);
        return new ProjectHandle(UUID.fromString(body.getString("id")), body.getString("token"));
    }

    static ProjectHandle newProject(Client client, String forwardedFor) {
        try (Response response = createProject(client, "it-" + UUID.randomUUID(), forwardedFor)) {
            return created(response);
        }
    }

    /** A photo upload as a browser or an attacker would send it: the file part carries their name and type. */
    static Entity<?> photo(String type, String fileName, String contentType, byte[] bytes) {
        try {
            List<EntityPart> parts = new ArrayList<>();
            parts.add(EntityPart.withName("type").content(type).build());
            parts.add(EntityPart.withName("file").fileName(fileName).content(new ByteArrayInputStream(bytes))
                    .mediaType(contentType).build());
            return Entity.entity(new GenericEntity<List<EntityPart>>(parts) { }, MediaType.MULTIPART_FORM_DATA_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * POSTs a chunked body of {@code head} and then {@code fillerBytes} of 'x' to a project route, and never sends the
     * end of the body: only a server that refuses while the body streams answers. Returns the raw response.
     */
    static String postChunkedWithoutEnd(ProjectHandle project, String path, String contentType, byte[] head,
                                        long fillerBytes) throws IOException {
        URI uri = ItEnvironment.apiUri().resolve("projects/" + project.id() + "/" + path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + project.token() + "\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                chunk(out, head);
                byte[] filler = new byte[64 * 1024];
                Arrays.fill(filler, (byte) 'x');
                for (long sent = 0; sent < fillerBytes; sent += filler.length) {
                    chunk(out, filler);
                }
            } catch (SocketException answeredAndClosed) {
                // the server refused and closed the connection while the body was still arriving
            }
            return readResponse(socket.getInputStream());
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The status line, headers and body (of its declared length) of one response. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int b; !head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n") && (b = in.read()) != -1; ) {
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = CONTENT_LENGTH.matcher(text);
        return length.find() ? text + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8) : text;
    }
}
