package io.remo.intake.control;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.InspirationNote;
import java.util.Arrays;
import java.util.List;

/** The fields of a {@link DesignBrief} the intake fills, with the stable names the phone sees. */
public enum BriefField {

    ROOM_TYPE("roomType"),
    OCCUPANTS("occupants"),
    PAIN_POINTS("painPoints"),
    KEEP_ITEMS("keepItems"),
    LIGHTING("lighting"),
    COLORS("colors"),
    AVOID_COLORS("avoidColors"),
    TEXTURES("textures"),
    CLUTTER_LEVEL("clutterLevel"),
    MOOD("mood"),
    STYLES("styles"),
    CONSTRAINTS("constraints"),
    INSPIRATION_NOTES("inspirationNotes");

    private final String key;

    BriefField(String key) {
        this.key = key;
    }

    /** The stable name: "roomType", "avoidColors", … */
    public String key() {
        return key;
    }

    public static BriefField ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a brief field: " + key));
    }

    /** Whether the brief has a value for this field; inspiration notes count once every note has a clarification. */
    public boolean isFilled(DesignBrief brief) {
        return switch (this) {
            case ROOM_TYPE -> brief.roomType() != null;
            case OCCUPANTS -> !brief.occupants().isEmpty();
            case PAIN_POINTS -> !brief.painPoints().isEmpty();
            case KEEP_ITEMS -> !brief.keepItems().isEmpty();
            case LIGHTING -> brief.styleProfile().lighting() != null;
            case COLORS -> !brief.styleProfile().colors().isEmpty();
            case AVOID_COLORS -> !brief.styleProfile().avoidColors().isEmpty();
            case TEXTURES -> !brief.styleProfile().textures().isEmpty();
            case CLUTTER_LEVEL -> brief.styleProfile().clutterLevel() != null;
            case MOOD -> brief.styleProfile().mood() != null;
            case STYLES -> !brief.styleProfile().styles().isEmpty();
            case CONSTRAINTS -> !brief.constraints().isEmpty();
            case INSPIRATION_NOTES -> !brief.inspirationNotes().isEmpty()
                    && brief.inspirationNotes().stream().map(InspirationNote::agentClarification)
                            .allMatch(c -> c != null && !c.isBlank());
        };
    }

    /** The names of the fields the brief has values for, in field order. */
    public static List<String> filled(DesignBrief brief) {
        return Arrays.stream(values()).filter(f -> f.isFilled(brief)).map(BriefField::key).toList();
    }
}
