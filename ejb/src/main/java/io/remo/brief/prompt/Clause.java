package io.remo.brief.prompt;

import java.util.List;

/**
 * A stretch of text between punctuation or linking words ("but", "because"), where a "no" or "not" still applies.
 *
 * @param text        the clause as written (sanitised)
 * @param words       its words, lower case, apostrophes removed
 * @param furnishings how many furniture and fixture words it names ("sofa", "floor")
 * @param designWords how many other words about rooms and design it uses ("colours", "vibe", "storage")
 */
public record Clause(String text, List<String> words, int furnishings, int designWords) {

    public Clause {
        words = List.copyOf(words);
    }

    /** Whether the clause talks about the room at all, even if nothing in it maps onto the vocabulary. */
    public boolean aboutTheRoom() {
        return furnishings > 0 || designWords > 0;
    }
}
