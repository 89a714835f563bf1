package io.remo.imaging;

/**
 * Walks a WebP's RIFF chunks: the first chunk (VP8, VP8L or VP8X) gives the size; EXIF, XMP, ICCP and unknown chunks
 * are metadata. In an extended file the bitstream's own size must agree with the canvas (still image) or fit in it
 * (animation frames), so the decoder never allocates more than the header promised.
 */
final class WebpStructure {

    private static final int HEADER_LENGTH = 12;
    private static final int CHUNK_HEADER_LENGTH = 8;
    private static final int ANIMATION_FLAG = 0x02;

    private WebpStructure() {
    }

    private record Size(long width, long height) {
    }

    static ImageStructure parse(byte[] bytes) {
        StructureWalk walk = new StructureWalk(ImageFormat.WEBP);
        if (!Bytes.has(bytes, 0, HEADER_LENGTH)) {
            return walk.truncated("RIFF header incomplete");
        }
        long riffEnd = 8 + Bytes.u32le(bytes, 4);
        boolean cutShort = riffEnd > bytes.length;
        int limit = (int) Math.min(riffEnd, bytes.length);
        Size canvas = null;
        boolean animated = false;
        int pos = HEADER_LENGTH;
        while (pos < limit) {
            if (pos + CHUNK_HEADER_LENGTH > limit) {
                return cutShort ? walk.truncated("RIFF size larger than the file") : walk.corrupt("chunk header past the RIFF end");
            }
            String type = Bytes.fourCc(bytes, pos);
            long size = Bytes.u32le(bytes, pos + 4);
            int payload = pos + CHUNK_HEADER_LENGTH;
            int available = limit - payload;
            if (canvas == null) {
                canvas = bitstreamSize(type, bytes, payload, available);
                if (canvas == null) {
                    return cutShort && available < 16 ? walk.truncated("first chunk incomplete")
                            : walk.corrupt("first chunk is not a valid VP8, VP8L or VP8X header");
                }
                animated = type.equals("VP8X") && (Bytes.u8(bytes, payload) & ANIMATION_FLAG) != 0;
                walk.dimensions(canvas.width(), canvas.height());
            } else if (!animated && (type.equals("VP8 ") || type.equals("VP8L"))) {
                Size frame = bitstreamSize(type, bytes, payload, available);
                if (frame == null || !frame.equals(canvas)) {
                    return walk.corrupt("the bitstream's size differs from the canvas");
                }
            } else if (type.equals("ANMF")) {
                if (available < 16 || Bytes.u24le(bytes, payload + 6) + 1L > canvas.width()
                        || Bytes.u24le(bytes, payload + 9) + 1L > canvas.height()) {
                    return walk.corrupt("an animation frame larger than the canvas");
                }
            }
            if (size > available) {
                return cutShort ? walk.truncated("RIFF size larger than the file") : walk.corrupt("chunk " + type + " past the RIFF end");
            }
            if (!isImageChunk(type)) {
                walk.metadata(CHUNK_HEADER_LENGTH + size + (size & 1));
                if (type.equals("EXIF")) {
                    walk.orientation(exifOrientation(bytes, payload, (int) size));
                }
            }
            // The pad byte after an odd-sized last chunk is sometimes left out; the RIFF end bounds the walk either way.
            pos = (int) Math.min(payload + size + (size & 1), limit);
        }
        if (cutShort) {
            return walk.truncated("RIFF size larger than the file");
        }
        if (canvas == null) {
            return walk.corrupt("no image chunk");
        }
        return walk.complete((int) riffEnd);
    }

    /** The size in a VP8, VP8L or VP8X header, or null when the header is missing or invalid. */
    private static Size bitstreamSize(String type, byte[] bytes, int payload, int available) {
        switch (type) {
            case "VP8 " -> {
                // Frame tag (3 bytes, bit 0 clear on a key frame), start code 9D 01 2A, then 14-bit width and height.
                if (available < 10 || (Bytes.u8(bytes, payload) & 1) != 0 || Bytes.u8(bytes, payload + 3) != 0x9D
                        || Bytes.u8(bytes, payload + 4) != 0x01 || Bytes.u8(bytes, payload + 5) != 0x2A) {
                    return null;
                }
                return new Size(Bytes.u16le(bytes, payload + 6) & 0x3FFF, Bytes.u16le(bytes, payload + 8) & 0x3FFF);
            }
            case "VP8L" -> {
                // Signature 0x2F, then width-1 and height-1 in 14 bits each, an alpha bit and a 3-bit version of 0.
                if (available < 5 || Bytes.u8(bytes, payload) != 0x2F) {
                    return null;
                }
                long bits = Bytes.u32le(bytes, payload + 1);
                if (bits >>> 29 != 0) {
                    return null;
                }
                return new Size((bits & 0x3FFF) + 1, (bits >>> 14 & 0x3FFF) + 1);
            }
            case "VP8X" -> {
                // Flags, 3 reserved bytes, then canvas width-1 and height-1 in 24 bits each.
                if (available < 10) {
                    return null;
                }
                return new Size(Bytes.u24le(bytes, payload + 4) + 1L, Bytes.u24le(bytes, payload + 7) + 1L);
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isImageChunk(String type) {
        return switch (type) {
            case "VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF" -> true;
            default -> false;
        };
    }

    /** The EXIF chunk holds TIFF data; some writers put JPEG's "Exif\0\0" in front of it. */
    private static int exifOrientation(byte[] bytes, int payload, int size) {
        boolean prefixed = Bytes.startsWithAscii(bytes, payload, "Exif") && size >= 6;
        return prefixed ? ExifOrientation.read(bytes, payload + 6, size - 6) : ExifOrientation.read(bytes, payload, size);
    }
}
