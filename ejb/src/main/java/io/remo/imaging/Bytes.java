package io.remo.imaging;

import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked reads of the integers that image headers are made of. Callers check that the bytes they read are
 * there; these methods check again and fail with {@link IndexOutOfBoundsException}, which the structure parsers never
 * let escape as anything but a rejection.
 */
final class Bytes {

    private Bytes() {
    }

    static int u8(byte[] bytes, int offset) {
        check(bytes, offset, 1);
        return bytes[offset] & 0xFF;
    }

    static int u16be(byte[] bytes, int offset) {
        check(bytes, offset, 2);
        return (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    }

    static int u16le(byte[] bytes, int offset) {
        check(bytes, offset, 2);
        return (bytes[offset + 1] & 0xFF) << 8 | bytes[offset] & 0xFF;
    }

    static int u24le(byte[] bytes, int offset) {
        check(bytes, offset, 3);
        return (bytes[offset + 2] & 0xFF) << 16 | (bytes[offset + 1] & 0xFF) << 8 | bytes[offset] & 0xFF;
    }

    static long u32be(byte[] bytes, int offset) {
        check(bytes, offset, 4);
        return (long) u16be(bytes, offset) << 16 | u16be(bytes, offset + 2);
    }

    static long u32le(byte[] bytes, int offset) {
        check(bytes, offset, 4);
        return (long) u16le(bytes, offset + 2) << 16 | u16le(bytes, offset);
    }

    /** An unsigned 64-bit value, or -1 when it does not fit a signed long (no file is that large). */
    static long u64be(byte[] bytes, int offset) {
        long high = u32be(bytes, offset);
        long low = u32be(bytes, offset + 4);
        return high > Integer.MAX_VALUE ? -1 : high << 32 | low;
    }

    static boolean has(byte[] bytes, long offset, long length) {
        return offset >= 0 && length >= 0 && offset + length <= bytes.length;
    }

    static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (!has(bytes, offset, prefix.length)) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithAscii(byte[] bytes, int offset, String prefix) {
        return startsWith(bytes, offset, prefix.getBytes(StandardCharsets.US_ASCII));
    }

    /** Four bytes as text, for box and chunk types; anything outside printable ASCII shows as '?'. */
    static String fourCc(byte[] bytes, int offset) {
        check(bytes, offset, 4);
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            int c = bytes[offset + i] & 0xFF;
            chars[i] = c >= 0x20 && c < 0x7F ? (char) c : '?';
        }
        return new String(chars);
    }

    private static void check(byte[] bytes, int offset, int length) {
        if (!has(bytes, offset, length)) {
            throw new IndexOutOfBoundsException("read of " + length + " bytes at " + offset + " in " + bytes.length);
        }
    }
}
