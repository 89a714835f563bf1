package io.remo.scan.control;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises a raw LiDAR scan by its bytes: USDZ (a zip whose first entry is a USD file), PLY or OBJ. */
public final class ScanFormat {

    private static final int TEXT_PROBE = 4096;

    private ScanFormat() {
    }

    public static Optional<String> detect(byte[] bytes) {
        if (bytes.length >= 30 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            int nameLength = (bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8;
            if (30 + nameLength <= bytes.length) {
                String firstEntry = new String(bytes, 30, nameLength, StandardCharsets.UTF_8);
                if (firstEntry.endsWith(".usdc") || firstEntry.endsWith(".usda") || firstEntry.endsWith(".usd")) {
                    return Optional.of("usdz");
                }
            }
            return Optional.empty();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, TEXT_PROBE), StandardCharsets.ISO_8859_1);
        if (head.startsWith("ply\n") || head.startsWith("ply\r\n")) {
            return Optional.of("ply");
        }
        if (isText(bytes) && head.lines().anyMatch(line -> line.startsWith("v "))) {
            return Optional.of("obj");
        }
        return Optional.empty();
    }

    private static boolean isText(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, TEXT_PROBE); i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t')) {
                return false;
            }
        }
        return bytes.length > 0;
    }
}
