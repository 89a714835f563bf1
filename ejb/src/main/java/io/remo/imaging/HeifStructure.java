package io.remo.imaging;

import java.util.Arrays;

/**
 * Walks a HEIF file's top-level ISO-BMFF boxes and reads the image size from the {@code ispe} (image spatial extents)
 * property in {@code meta/iprp/ipco}: the one associated with the primary item ({@code pitm}, through {@code ipma}),
 * or else the largest. On iPhones the primary item is a grid of 512 px tiles, each tile with its own small
 * {@code ispe}, and the grid's {@code ispe} is the full photo. Metadata items (Exif, XMP) live in {@code mdat} and are
 * not measured: HEIC is refused for its encoding anyway.
 */
final class HeifStructure {

    private static final int FULL_BOX_HEADER = 4;

    private HeifStructure() {
    }

    /** A box's payload (after its header) and its end, both offsets into the file. */
    private record Box(String type, int payload, int end) {
    }

    static ImageStructure parse(byte[] bytes) {
        StructureWalk walk = new StructureWalk(ImageFormat.HEIC);
        int pos = 0;
        while (pos < bytes.length) {
            Box box = box(bytes, pos, bytes.length);
            if (box == null) {
                if (walk.hasDimensions() && ForeignContent.identify(bytes, pos).isPresent()) {
                    // Not a box: something else was appended; the caller sees the bytes after the end.
                    return walk.complete(pos);
                }
                return walk.truncated("box at byte " + pos + " runs past the end");
            }
            if (box.type().equals("meta") && !walk.hasDimensions()) {
                readSize(bytes, box, walk);
            }
            pos = box.end();
        }
        return walk.complete(pos);
    }

    /** The box at {@code pos}, or null when its header is incomplete, malformed or it ends after {@code limit}. */
    private static Box box(byte[] bytes, int pos, int limit) {
        if (pos + 8 > limit) {
            return null;
        }
        long size = Bytes.u32be(bytes, pos);
        String type = Bytes.fourCc(bytes, pos + 4);
        int header = 8;
        if (size == 1) {
            if (pos + 16 > limit) {
                return null;
            }
            size = Bytes.u64be(bytes, pos + 8);
            header = 16;
        } else if (size == 0) {
            size = limit - pos;
        }
        if (size < header || size > limit - pos) {
            return null;
        }
        return new Box(type, pos + header, (int) (pos + size));
    }

    private static Box child(byte[] bytes, Box parent, int childrenStart, String type) {
        int pos = childrenStart;
        while (pos < parent.end()) {
            Box box = box(bytes, pos, parent.end());
            if (box == null) {
                return null;
            }
            if (box.type().equals(type)) {
                return box;
            }
            pos = box.end();
        }
        return null;
    }

    /** The size of the primary image, or of the largest one when no primary is declared or it has no ispe. */
    private static void readSize(byte[] bytes, Box meta, StructureWalk walk) {
        int children = meta.payload() + FULL_BOX_HEADER;
        Box iprp = child(bytes, meta, children, "iprp");
        Box ipco = iprp == null ? null : child(bytes, iprp, iprp.payload(), "ipco");
        if (ipco == null) {
            throw corrupt("no item properties");
        }
        Box pitm = child(bytes, meta, children, "pitm");
        long primary = pitm == null ? -1 : primaryItem(bytes, pitm);
        int[] primaryProperties = primary < 0 ? new int[0] : propertiesOf(bytes, iprp, primary);

        long[] primarySize = null;
        long[] largest = null;
        int index = 0;
        int pos = ipco.payload();
        while (pos < ipco.end()) {
            Box property = box(bytes, pos, ipco.end());
            if (property == null) {
                throw corrupt("malformed property box");
            }
            index++;
            if (property.type().equals("ispe") && property.end() - property.payload() >= FULL_BOX_HEADER + 8) {
                long[] size = {Bytes.u32be(bytes, property.payload() + 4), Bytes.u32be(bytes, property.payload() + 8)};
                if (contains(primaryProperties, index)) {
                    primarySize = size;
                }
                // In doubles: two 32-bit factors can overflow a long.
                if (largest == null || (double) size[0] * size[1] > (double) largest[0] * largest[1]) {
                    largest = size;
                }
            }
            pos = property.end();
        }
        long[] size = primarySize != null ? primarySize : largest;
        if (size == null) {
            throw corrupt("no image spatial extents");
        }
        walk.dimensions(size[0], size[1]);
    }

    private static ImageRejectedException corrupt(String what) {
        return new ImageRejectedException(RejectionCode.CORRUPT_IMAGE, "The HEIC file is malformed: " + what + ".");
    }

    private static long primaryItem(byte[] bytes, Box pitm) {
        int version = Bytes.u8(bytes, pitm.payload());
        int id = pitm.payload() + FULL_BOX_HEADER;
        int length = version == 0 ? 2 : 4;
        if (id + length > pitm.end()) {
            return -1;
        }
        return version == 0 ? Bytes.u16be(bytes, id) : Bytes.u32be(bytes, id);
    }

    /** The 1-based ipco indices of the properties ipma associates with the item; empty when none or malformed. */
    private static int[] propertiesOf(byte[] bytes, Box iprp, long item) {
        int pos = iprp.payload();
        while (pos < iprp.end()) {
            Box box = box(bytes, pos, iprp.end());
            if (box == null) {
                return new int[0];
            }
            if (box.type().equals("ipma")) {
                int[] found = associations(bytes, box, item);
                if (found != null) {
                    return found;
                }
            }
            pos = box.end();
        }
        return new int[0];
    }

    /**
     * ipma: version and flags, an entry count, then per entry the item id (16 bits, 32 from version 1), a one-byte
     * association count and the associations (7-bit index, or 15-bit when flags bit 0 is set; the top bit marks
     * "essential"). Returns null when the item is not listed; the entry count is trusted only as far as the box goes.
     */
    private static int[] associations(byte[] bytes, Box ipma, long item) {
        int version = Bytes.u8(bytes, ipma.payload());
        boolean wideIndices = (Bytes.u8(bytes, ipma.payload() + 3) & 1) != 0;
        int pos = ipma.payload() + FULL_BOX_HEADER;
        if (pos + 4 > ipma.end()) {
            return null;
        }
        long entries = Bytes.u32be(bytes, pos);
        pos += 4;
        int idLength = version < 1 ? 2 : 4;
        int associationLength = wideIndices ? 2 : 1;
        for (long entry = 0; entry < entries && pos + idLength + 1 <= ipma.end(); entry++) {
            long id = idLength == 2 ? Bytes.u16be(bytes, pos) : Bytes.u32be(bytes, pos);
            int count = Bytes.u8(bytes, pos + idLength);
            pos += idLength + 1;
            if (pos + (long) count * associationLength > ipma.end()) {
                return null;
            }
            if (id == item) {
                int[] indices = new int[count];
                for (int i = 0; i < indices.length; i++) {
                    indices[i] = wideIndices ? Bytes.u16be(bytes, pos + 2 * i) & 0x7FFF : Bytes.u8(bytes, pos + i) & 0x7F;
                }
                return indices;
            }
            pos += count * associationLength;
        }
        return null;
    }

    private static boolean contains(int[] values, int value) {
        return Arrays.stream(values).anyMatch(v -> v == value);
    }
}
