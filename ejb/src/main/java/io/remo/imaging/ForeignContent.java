package io.remo.imaging;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises what should never travel inside a photo: archives, documents, web pages, scripts and programs. A file
 * that is also one of these (a polyglot) is read differently by a browser, an unzipper or a PDF reader than by an
 * image decoder, which is how such files smuggle content past checks.
 */
final class ForeignContent {

    /** Acrobat accepts the PDF header anywhere in the first 1024 bytes. */
    private static final int PDF_HEADER_WINDOW = 1024;
    /** A ZIP's end-of-central-directory record: 22 bytes and a comment of at most 65535. */
    private static final int ZIP_END_RECORD = 22;
    private static final int ZIP_END_WINDOW = ZIP_END_RECORD + 0xFFFF;
    private static final int MARKUP_LEADING_WHITESPACE = 64;
    private static final String[] MARKUP_OPENINGS = {"<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml",
        "<iframe", "<!--", "<div", "<img", "<meta", "<style", "<a "};

    private ForeignContent() {
    }

    /** What starts at {@code offset}, described for a person ("a ZIP archive"), or empty when it is nothing known. */
    static Optional<String> identify(byte[] bytes, int offset) {
        if (Bytes.startsWithAscii(bytes, offset, "PK\u0003\u0004") || Bytes.startsWithAscii(bytes, offset, "PK\u0005\u0006")
                || Bytes.startsWithAscii(bytes, offset, "PK\u0007\u0008")) {
            return Optional.of("a ZIP archive");
        }
        if (Bytes.startsWithAscii(bytes, offset, "Rar!\u001A\u0007")) {
            return Optional.of("a RAR archive");
        }
        if (Bytes.startsWith(bytes, offset, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})) {
            return Optional.of("a 7-Zip archive");
        }
        if (Bytes.startsWith(bytes, offset, new byte[] {0x1F, (byte) 0x8B})) {
            return Optional.of("a gzip archive");
        }
        if (Bytes.startsWithAscii(bytes, offset, "%PDF-")) {
            return Optional.of("a PDF document");
        }
        if (Bytes.startsWithAscii(bytes, offset, "\u007FELF") || Bytes.startsWithAscii(bytes, offset, "MZ")) {
            return Optional.of("a program");
        }
        if (Bytes.startsWithAscii(bytes, offset, "#!")) {
            return Optional.of("a script");
        }
        if (startsWithMarkup(bytes, offset)) {
            return Optional.of("a web page or script");
        }
        return Optional.empty();
    }

    /**
     * A PDF or ZIP hidden inside an image rather than appended to it: a PDF header early in the file (PDF readers look
     * there), or a ZIP end record whose comment reaches exactly the end of the file (unzippers look there). Random
     * image data matches either by chance with a probability far below 2^-40.
     */
    static Optional<String> findEmbedded(byte[] bytes) {
        int window = Math.min(bytes.length, PDF_HEADER_WINDOW);
        for (int i = 0; i < window; i++) {
            if (bytes[i] == '%' && Bytes.startsWithAscii(bytes, i, "%PDF-")) {
                return Optional.of("a PDF document");
            }
        }
        for (int i = bytes.length - ZIP_END_RECORD; i >= 0 && i >= bytes.length - ZIP_END_WINDOW; i--) {
            if (bytes[i] == 'P' && Bytes.startsWithAscii(bytes, i, "PK\u0005\u0006")
                    && i + ZIP_END_RECORD + Bytes.u16le(bytes, i + 20) == bytes.length) {
                return Optional.of("a ZIP archive");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithMarkup(byte[] bytes, int offset) {
        int pos = offset;
        if (Bytes.startsWith(bytes, pos, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            pos += 3;
        }
        int whitespaceEnd = Math.min(bytes.length, pos + MARKUP_LEADING_WHITESPACE);
        while (pos < whitespaceEnd && Character.isWhitespace(bytes[pos])) {
            pos++;
        }
        if (pos >= bytes.length || bytes[pos] != '<') {
            return false;
        }
        int length = Math.min(bytes.length - pos, 16);
        String opening = new String(bytes, pos, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String markup : MARKUP_OPENINGS) {
            if (opening.startsWith(markup)) {
                return true;
            }
        }
        return false;
    }
}
