package io.remo.imaging;

/**
 * Walks a JPEG's marker segments from SOI to EOI: the frame header (SOFn) gives the size, APPn and COM segments are
 * metadata, the first Exif APP1 carries the orientation, and entropy-coded data after each SOS is skipped up to the
 * next marker. Every step moves forward, so the walk ends within one pass over the bytes.
 *
 * <p>A primary image that declares a Multi-Picture Format index (APP2 "MPF") is followed by its secondary images,
 * complete JPEGs of their own: the HDR gain maps of iPhone photos and of Android's Ultra HDR, depth maps, previews.
 * These are walked too, their metadata counted, and the file ends after the last of them. Nothing of them is decoded.
 */
final class JpegStructure {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int SOI = 0xD8;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int COM = 0xFE;
    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};
    private static final byte[] MPF_HEADER = {'M', 'P', 'F', 0};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** Phones store two or three images; the bound keeps a crafted chain of tiny JPEGs from counting as one photo. */
    private static final int MAX_IMAGES = 16;

    private JpegStructure() {
    }

    static ImageStructure parse(byte[] bytes) {
        StructureWalk walk = new StructureWalk(ImageFormat.JPEG);
        boolean exifSeen = false;
        boolean multiPicture = false;
        boolean frameInImage = false;
        int images = 1;
        int pos = 2;
        while (true) {
            if (pos >= bytes.length) {
                return walk.truncated("no end-of-image marker");
            }
            if (bytes[pos] != (byte) 0xFF) {
                return walk.corrupt("expected a marker at byte " + pos);
            }
            while (pos < bytes.length && bytes[pos] == (byte) 0xFF) {
                pos++;
            }
            if (pos >= bytes.length) {
                return walk.truncated("no end-of-image marker");
            }
            int marker = bytes[pos++] & 0xFF;
            if (marker == EOI) {
                if (!frameInImage) {
                    return walk.corrupt("no frame header before the end of image " + images);
                }
                if (multiPicture && images < MAX_IMAGES && Bytes.startsWith(bytes, pos, JPEG_START)) {
                    images++;
                    frameInImage = false;
                    pos += 2;
                    continue;
                }
                return walk.complete(pos);
            }
            if (isStandalone(marker)) {
                continue;
            }
            if (marker == 0x00 || marker == SOI) {
                return walk.corrupt("marker 0x" + Integer.toHexString(marker) + " out of place at byte " + (pos - 1));
            }
            if (!Bytes.has(bytes, pos, 2)) {
                return walk.truncated("segment length missing");
            }
            int length = Bytes.u16be(bytes, pos);
            if (length < 2) {
                return walk.corrupt("segment length " + length + " at byte " + pos);
            }
            if (!Bytes.has(bytes, pos, length)) {
                return walk.truncated("segment 0x" + Integer.toHexString(marker) + " runs past the end");
            }
            int data = pos + 2;
            int dataLength = length - 2;
            if (isFrameHeader(marker) && !frameInImage) {
                frameInImage = true;
                if (walk.hasDimensions()) {
                    // A secondary image: its size is not the photo's.
                    pos = data + dataLength;
                    continue;
                }
                if (dataLength < 6) {
                    return walk.corrupt("frame header too short");
                }
                int height = Bytes.u16be(bytes, data + 1);
                int width = Bytes.u16be(bytes, data + 3);
                if (height == 0) {
                    // A height of 0 defers it to a DNL marker after the scan, which the decoder does not support.
                    return walk.corrupt("frame header without a height");
                }
                walk.dimensions(width, height);
            } else if (marker >= 0xE0 && marker <= 0xEF || marker == COM) {
                walk.metadata(length + 2L);
                if (marker == APP1 && images == 1 && !exifSeen && Bytes.startsWith(bytes, data, EXIF_HEADER)) {
                    exifSeen = true;
                    walk.orientation(ExifOrientation.read(bytes, data + EXIF_HEADER.length, dataLength - EXIF_HEADER.length));
                }
                multiPicture |= marker == APP2 && images == 1 && Bytes.startsWith(bytes, data, MPF_HEADER);
            }
            pos = data + dataLength;
            if (marker == SOS) {
                if (!frameInImage) {
                    return walk.corrupt("scan before the frame header");
                }
                pos = endOfEntropyCodedData(bytes, pos);
                if (pos < 0) {
                    return walk.truncated("image data ends without an end-of-image marker");
                }
            }
        }
    }

    /** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** RSTn and TEM carry no length. */
    private static boolean isStandalone(int marker) {
        return marker >= 0xD0 && marker <= 0xD7 || marker == 0x01;
    }

    /**
     * Offset of the marker that ends the entropy-coded data starting at {@code from}, or -1 when the bytes end first.
     * Inside the data, 0xFF is followed by 0x00 (a stuffed byte), by a restart marker, or by another 0xFF (fill).
     */
    private static int endOfEntropyCodedData(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == (byte) 0xFF) {
                int next = bytes[i + 1] & 0xFF;
                if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                    i++;
                } else if (next != 0xFF) {
                    return i;
                }
            }
        }
        return -1;
    }
}
