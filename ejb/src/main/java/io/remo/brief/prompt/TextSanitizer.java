package io.remo.brief.prompt;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans the person's words before anything reads or repeats them. {@link #plain} is for text we store or show
 * (answers, notes, instructions); {@link #quotable} is for words inserted into a fixed prompt template, where they
 * must stay data: no quotes or delimiters to break out of their slot, no phrases that talk to the model.
 */
public final class TextSanitizer {

    /** Instruction-like phrases a model might obey; none of them says anything about a room. */
    private static final List<Pattern> INSTRUCTION_PHRASES = List.of(
            Pattern.compile("\\b(ignore|disregard|forget|override|bypass)\\b(\\W+\\w+){0,4}?\\W+"
                    + "(instructions?|prompts?|rules?|directions?|guidelines?|template|context)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("\\b(ignore|disregard|forget|override|bypass)\\b"
                    + "(\\W+(all|any|the|previous|prior|above|earlier|everything|that|this|it))*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("\\b(system|assistant|developer|user)\\s*(prompt|message|role|instructions?)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("\\b(negative\\s+prompt|prompts?|instructions?|jailbreak|you\\s+are\\s+now|act\\s+as|"
                    + "pretend\\s+to\\s+be|new\\s+rules?|do\\s+anything\\s+now|respond\\s+with|output)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    /** "System:", "assistant:": a chat role label, as if the text were a new message. */
    private static final Pattern ROLE_LABEL = Pattern.compile(
            "\\b(system|assistant|user|developer|human|ai)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern REPEATED_COMMAS = Pattern.compile("(\\s*,\\s*){2,}");

    private TextSanitizer() {
    }

    /**
     * Control and invisible formatting characters removed (bidi overrides, zero-width characters), line breaks
     * turned into commas so that separate lines stay separate phrases, whitespace collapsed, at most
     * {@code maxChars} characters. Null gives "".
     */
    public static String plain(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 16));
        // Bounding the scan as well as the result: a megabyte of spaces must not cost a megabyte of work.
        int scanLimit = Math.min(text.length(), maxChars * 4 + 64);
        for (int i = 0; i < scanLimit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                out.append(", ");
            } else if (cp == '\t' || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (isVisible(cp)) {
                out.appendCodePoint(cp);
            }
        }
        String collapsed = REPEATED_COMMAS.matcher(WHITESPACE.matcher(out).replaceAll(" ")).replaceAll(", ").strip();
        collapsed = stripEdgeCommas(collapsed);
        return truncate(collapsed, maxChars);
    }

    /**
     * {@link #plain}, then only letters, digits, spaces and {@code ' - , . ! ? & ( ) +} kept (so nothing can
     * close the quotes or open a section of the template), chat role labels ("System:") and instruction-like
     * phrases removed, until none is left.
     */
    public static String quotable(String text, int maxChars) {
        String cleaned = ROLE_LABEL.matcher(plain(text, maxChars * 2 + 64)).replaceAll(" ");
        StringBuilder kept = new StringBuilder(cleaned.length());
        cleaned.codePoints().forEach(cp -> kept.appendCodePoint(isQuotable(cp) ? cp : ' '));
        String result = kept.toString();
        String previous;
        do {
            previous = result;
            for (Pattern phrase : INSTRUCTION_PHRASES) {
                result = phrase.matcher(result).replaceAll(" ");
            }
        } while (!result.equals(previous));
        result = REPEATED_COMMAS.matcher(WHITESPACE.matcher(result).replaceAll(" ")).replaceAll(", ").strip();
        return truncate(stripEdgeCommas(result), maxChars).strip();
    }

    private static boolean isVisible(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    private static boolean isQuotable(int cp) {
        return Character.isLetterOrDigit(cp) || cp == ' ' || "'-,.!?&()+".indexOf(cp) >= 0;
    }

    private static String stripEdgeCommas(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ',' || text.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        // Never cut a surrogate pair in half.
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
