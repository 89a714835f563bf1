package io.remo.it.support.reuse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * A digest of an archive's name, entry paths and entry contents. Nested archives are digested by their content,
 * not by their exported bytes, whose zip entries carry the time of export.
 */
public final class ArchiveFingerprint {

    private ArchiveFingerprint() {
    }

    public static String of(Archive<?> archive) {
        MessageDigest digest = sha256();
        update(digest, archive);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Archive<?> archive) {
        digest.update(archive.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Node> entries = new TreeMap<>();
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            entries.put(entry.getKey().get(), entry.getValue());
        }
        byte[] buffer = new byte[64 * 1024];
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            digest.update(entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Asset asset = entry.getValue().getAsset();
            if (asset instanceof ArchiveAsset nested) {
                update(digest, nested.getArchive());
            } else if (asset != null) {
                try (InputStream in = asset.openStream()) {
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, read);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
