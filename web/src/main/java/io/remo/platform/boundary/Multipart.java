package io.remo.platform.boundary;

import io.remo.platform.api.ProblemException;
import jakarta.ws.rs.core.EntityPart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Reads named parts of a multipart/form-data request with a size limit enforced while reading. */
public final class Multipart {

    private static final int CHUNK = 64 * 1024;

    private Multipart() {
    }

    public static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    public static Optional<byte[]> bytes(List<EntityPart> parts, String name, long maxBytes, String tooLargeCode) {
        return part(parts, name).map(p -> read(p, name, maxBytes, tooLargeCode));
    }

    public static Optional<String> text(List<EntityPart> parts, String name, int maxBytes) {
        return bytes(parts, name, maxBytes, "FIELD_TOO_LARGE").map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private static byte[] read(EntityPart part, String name, long maxBytes, String tooLargeCode) {
        try (InputStream in = part.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[CHUNK];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ProblemException(413, tooLargeCode, "The part '" + name + "' may be at most " + maxBytes
                            + " bytes.", name);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading part " + name, e);
        }
    }
}
