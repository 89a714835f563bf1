package io.remo.imaging;

/**
 * Walks a PNG's chunks from the signature to IEND: IHDR gives the size, ancillary chunks (text, eXIf, iCCP and any
 * private chunk: lower-case first letter) are metadata, eXIf carries the orientation.
 */
final class PngStructure {

    private static final int SIGNATURE_LENGTH = 8;
    private static final int CHUNK_OVERHEAD = 12;
    private static final long MAX_CHUNK_LENGTH = 0x7FFF_FFFFL;

    private PngStructure() {
    }

    static ImageStructure parse(byte[] bytes) {
        StructureWalk walk = new StructureWalk(ImageFormat.PNG);
        int pos = SIGNATURE_LENGTH;
        while (true) {
            if (!Bytes.has(bytes, pos, 8)) {
                return walk.truncated("no IEND chunk");
            }
            long length = Bytes.u32be(bytes, pos);
            int type = pos + 4;
            if (length > MAX_CHUNK_LENGTH || !isChunkType(bytes, type)) {
                return walk.corrupt("bad chunk header at byte " + pos);
            }
            String name = Bytes.fourCc(bytes, type);
            boolean first = pos == SIGNATURE_LENGTH;
            if (first != name.equals("IHDR")) {
                return walk.corrupt("IHDR must come first, and only once");
            }
            if (!Bytes.has(bytes, pos, CHUNK_OVERHEAD + length)) {
                return walk.truncated("chunk " + name + " runs past the end");
            }
            int data = pos + 8;
            if (first) {
                if (length != 13) {
                    return walk.corrupt("IHDR of " + length + " bytes");
                }
                walk.dimensions(Bytes.u32be(bytes, data), Bytes.u32be(bytes, data + 4));
            } else if (name.equals("IEND")) {
                return walk.complete(data + (int) length + 4);
            } else if (isAncillary(bytes, type)) {
                walk.metadata(CHUNK_OVERHEAD + length);
                if (name.equals("eXIf")) {
                    walk.orientation(ExifOrientation.read(bytes, data, (int) length));
                }
            }
            pos = data + (int) length + 4;
        }
    }

    private static boolean isChunkType(byte[] bytes, int offset) {
        for (int i = 0; i < 4; i++) {
            int c = Bytes.u8(bytes, offset + i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAncillary(byte[] bytes, int type) {
        return (bytes[type] & 0x20) != 0;
    }
}
