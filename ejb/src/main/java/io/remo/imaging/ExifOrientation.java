package io.remo.imaging;

/**
 * The Orientation tag (0x0112) of an EXIF block's first IFD. Anything unreadable counts as 1 (stored upright): a
 * photo with broken metadata is still a photo.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int IFD_ENTRY_LENGTH = 12;

    private ExifOrientation() {
    }

    /** Reads the TIFF structure at {@code offset}: byte order, magic 42, offset of IFD0, then its entries. */
    static int read(byte[] bytes, int offset, int length) {
        if (length < 8 || !Bytes.has(bytes, offset, length)) {
            return 1;
        }
        boolean little;
        if (Bytes.startsWithAscii(bytes, offset, "II")) {
            little = true;
        } else if (Bytes.startsWithAscii(bytes, offset, "MM")) {
            little = false;
        } else {
            return 1;
        }
        if (u16(bytes, offset + 2, little) != 42) {
            return 1;
        }
        long ifd = u32(bytes, offset + 4, little);
        if (ifd < 8 || ifd + 2 > length) {
            return 1;
        }
        int entriesStart = offset + (int) ifd + 2;
        long room = (length - ifd - 2) / IFD_ENTRY_LENGTH;
        long entries = Math.min(u16(bytes, offset + (int) ifd, little), room);
        for (int i = 0; i < entries; i++) {
            int entry = entriesStart + i * IFD_ENTRY_LENGTH;
            if (u16(bytes, entry, little) == ORIENTATION_TAG) {
                int value = u16(bytes, entry + 8, little);
                return u16(bytes, entry + 2, little) == TYPE_SHORT && value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] bytes, int offset, boolean little) {
        return little ? Bytes.u16le(bytes, offset) : Bytes.u16be(bytes, offset);
    }

    private static long u32(byte[] bytes, int offset, boolean little) {
        return little ? Bytes.u32le(bytes, offset) : Bytes.u32be(bytes, offset);
    }
}
