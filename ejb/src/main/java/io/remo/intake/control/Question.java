package io.remo.intake.control;

import io.remo.brief.api.DesignBrief;
import java.util.List;

/**
 * One question of a plan.
 *
 * @param id               stable id, stored in {@link IntakeState#questionId()}: the field name, "feel", "describe"
 *                         or "inspiration:{photoIndex}"
 * @param fields           the brief fields it asks about
 * @param skipWhenFilled   the question is passed over when an earlier answer already filled one of these; empty
 *                         for questions always asked (list fields of the full intake: "which colours?" still adds
 *                         to colours mentioned in passing)
 * @param text             what the assistant asks
 * @param suggestions      the chips offered with it
 * @param photoIndex       the inspiration photo it clarifies, or -1
 */
public record Question(String id, List<BriefField> fields, List<BriefField> skipWhenFilled, String text,
        List<String> suggestions, int photoIndex) {

    public Question {
        fields = List.copyOf(fields);
        skipWhenFilled = List.copyOf(skipWhenFilled);
        suggestions = List.copyOf(suggestions);
    }

    public boolean clarifiesInspiration() {
        return photoIndex >= 0;
    }

    /** Whether the plan passes over this question because the draft already answers it. */
    boolean answeredBy(DesignBrief draft) {
        if (clarifiesInspiration()) {
            return draft.inspirationNotes().stream()
                    .anyMatch(n -> n.photoIndex() == photoIndex && n.agentClarification() != null);
        }
        return skipWhenFilled.stream().anyMatch(f -> f.isFilled(draft));
    }
}
