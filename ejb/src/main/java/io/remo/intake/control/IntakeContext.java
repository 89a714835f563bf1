package io.remo.intake.control;

import io.remo.brief.api.InspirationNote;
import java.util.List;

/**
 * What the intake knows before the first question.
 *
 * @param inspirationNotes the notes on the project's inspiration photos (photo index + note text); the full intake
 *                         asks one clarification question per note
 */
public record IntakeContext(List<InspirationNote> inspirationNotes) {

    public static final IntakeContext NONE = new IntakeContext(List.of());

    public IntakeContext {
        inspirationNotes = inspirationNotes == null ? List.of() : List.copyOf(inspirationNotes);
    }
}
