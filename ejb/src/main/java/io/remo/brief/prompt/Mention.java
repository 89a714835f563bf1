package io.remo.brief.prompt;

/**
 * A vocabulary value found in a text.
 *
 * @param term     the value
 * @param negated  said in the negative ("no grey", "nothing too dark", "I hate beige")
 * @param clause   index of the clause it was found in
 * @param position index of its first word in the whole text
 * @param semantic found by embedding similarity rather than by the word lists
 */
public record Mention(Term term, boolean negated, int clause, int position, boolean semantic) {

    public VocabularyField field() {
        return term.field();
    }

    public String value() {
        return term.value();
    }

    public Mention negate() {
        return new Mention(term, true, clause, position, semantic);
    }
}
