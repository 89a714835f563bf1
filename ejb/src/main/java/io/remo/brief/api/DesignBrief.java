package io.remo.brief.api;

import java.util.List;

/**
 * What the person wants, as structured fields: the intake conversation produces it, the generation pipeline reads
 * it (through {@code GenerationInstructions}). Vocabulary values are lower_snake_case words (see {@link Vocabulary});
 * free text lives only in {@code painPoints}, {@code keepItems} and the inspiration notes.
 *
 * @param roomType         one of {@link Vocabulary#ROOM_TYPES}, or null when unknown
 * @param occupants        who uses the room, e.g. "couple", "toddler", "dog"
 * @param painPoints       what bothers them today, short phrases
 * @param keepItems        furniture or features that must stay, short phrases ("the green sofa")
 * @param styleProfile     the look and feel
 * @param constraints      from {@link Vocabulary#CONSTRAINTS}, e.g. "pets", "budget_low", "rental"
 * @param inspirationNotes one per inspiration photo that has a note
 */
public record DesignBrief(
        String roomType,
        List<String> occupants,
        List<String> painPoints,
        List<String> keepItems,
        StyleProfile styleProfile,
        List<String> constraints,
        List<InspirationNote> inspirationNotes) {

    public DesignBrief {
        occupants = copy(occupants);
        painPoints = copy(painPoints);
        keepItems = copy(keepItems);
        styleProfile = styleProfile == null ? StyleProfile.EMPTY : styleProfile;
        constraints = copy(constraints);
        inspirationNotes = inspirationNotes == null ? List.of() : List.copyOf(inspirationNotes);
    }

    /** The brief of a skipped intake: the pipeline then works from the photos alone. */
    public static final DesignBrief EMPTY = new DesignBrief(null, List.of(), List.of(), List.of(), StyleProfile.EMPTY,
            List.of(), List.of());

    static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
