package io.remo.imaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte assembly for tests that build containers by hand. */
final class TestBytes {

    private TestBytes() {
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] u32be(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    static byte[] u32le(long value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    static byte[] u24le(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16)};
    }

    static byte[] u16be(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    /** An ISO-BMFF box. */
    static byte[] box(String type, byte[]... payload) {
        byte[] body = concat(payload);
        return concat(u32be(8L + body.length), ascii(type), body);
    }

    /** An ISO-BMFF full box: version, 24 bits of flags, payload. */
    static byte[] fullBox(String type, int version, int flags, byte[]... payload) {
        return box(type, concat(new byte[] {(byte) version, (byte) (flags >>> 16), (byte) (flags >>> 8), (byte) flags}, concat(payload)));
    }

    /** A RIFF chunk, padded to an even length. */
    static byte[] riffChunk(String type, byte[] payload) {
        byte[] pad = new byte[payload.length % 2];
        return concat(ascii(type), u32le(payload.length), payload, pad);
    }

    /** A RIFF WEBP file around the chunks. */
    static byte[] webp(byte[]... chunks) {
        byte[] body = concat(chunks);
        return concat(ascii("RIFF"), u32le(4L + body.length), ascii("WEBP"), body);
    }

    /** A big-endian TIFF block whose IFD0 holds only the orientation tag. */
    static byte[] tiffWithOrientation(int orientation) {
        return new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
    }
}
