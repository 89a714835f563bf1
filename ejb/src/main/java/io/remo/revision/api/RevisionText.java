package io.remo.revision.api;

import java.text.Normalizer;

/**
 * Cleans the person's text before it is measured, stored or put into a prompt: NFC, control and format characters
 * removed, every run of whitespace (newlines included) collapsed to one space, trimmed.
 */
public final class RevisionText {

    private RevisionText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean pendingSpace = false;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                pendingSpace = out.length() > 0;
            } else if (!dropped(codePoint)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }

    /** Length in code points, so that an emoji counts as one character. */
    public static int length(String cleanText) {
        return cleanText == null ? 0 : cleanText.codePointCount(0, cleanText.length());
    }

    private static boolean dropped(int codePoint) {
        int type = Character.getType(codePoint);
        // Format characters include bidirectional overrides, which can make stored text read differently.
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }
}
