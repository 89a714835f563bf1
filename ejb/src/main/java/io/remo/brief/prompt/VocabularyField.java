package io.remo.brief.prompt;

import io.remo.brief.api.Vocabulary;
import java.util.List;

/** The brief fields whose values come from a closed vocabulary, and those values. */
public enum VocabularyField {

    ROOM_TYPE(Vocabulary.ROOM_TYPES, true, false),
    LIGHTING(Vocabulary.LIGHTING, true, true),
    CLUTTER_LEVEL(Vocabulary.CLUTTER_LEVELS, true, true),
    MOOD(Vocabulary.MOODS, true, true),
    STYLE(Vocabulary.STYLES, false, true),
    TEXTURE(Vocabulary.TEXTURES, false, true),
    COLOR(Vocabulary.COLORS.keySet().stream().sorted().toList(), false, true),
    CONSTRAINT(Vocabulary.CONSTRAINTS, false, false),
    /** Who uses the room. {@link Vocabulary} has no list for it (yet): these are the words the intake writes. */
    OCCUPANT(List.of("adult", "couple", "family", "kids", "toddler", "baby", "teenager", "guests", "roommates",
            "elderly", "dog", "cat", "pet"), false, false);

    private final List<String> words;
    private final boolean singleValued;
    private final boolean describesLook;

    VocabularyField(List<String> words, boolean singleValued, boolean describesLook) {
        this.words = List.copyOf(words);
        this.singleValued = singleValued;
        this.describesLook = describesLook;
    }

    public List<String> words() {
        return words;
    }

    public boolean contains(String value) {
        return words.contains(value);
    }

    /** One value at a time (a new one replaces the old), as opposed to a list. */
    public boolean singleValued() {
        return singleValued;
    }

    /**
     * Part of the look (style profile) rather than a fact about the room or its people: a complaint about the room
     * as it is ("it's so dark") says what the person does not want for these fields only.
     */
    public boolean describesLook() {
        return describesLook;
    }
}
