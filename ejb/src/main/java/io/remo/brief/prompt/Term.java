package io.remo.brief.prompt;

/** One vocabulary value of one field, e.g. (COLOR, navy). */
public record Term(VocabularyField field, String value) {

    public Term {
        if (!field.contains(value)) {
            throw new IllegalArgumentException("not a " + field + " value: " + value);
        }
    }
}
