package io.remo.intake.control;

import io.remo.brief.api.DesignBrief;
import java.util.List;

/**
 * Everything the interviewer needs to continue a conversation; the caller stores it with the project (as JSON,
 * next to the conversation history) and hands it back with the next answer. Plain records, lists and enums, so
 * JSON-B or Jackson round-trip it as it is.
 *
 * @param mode       quick, full, open or skipped
 * @param draft      the brief so far
 * @param questionId the question the last reply asked ({@link Question#id()}); null once complete
 * @param reasks     how many times that question has been asked again (after an empty or off-topic answer)
 * @param asked      ids of the questions asked so far, in order
 * @param answers    how many answers the person has given
 * @param lastReply  the last assistant message (the language model reads it as context)
 * @param complete   the interview has what it needs; the phone offers to confirm
 */
public record IntakeState(
        IntakeMode mode,
        DesignBrief draft,
        String questionId,
        int reasks,
        List<String> asked,
        int answers,
        String lastReply,
        boolean complete) {

    public IntakeState {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        draft = draft == null ? DesignBrief.EMPTY : draft;
        asked = asked == null ? List.of() : List.copyOf(asked);
        lastReply = lastReply == null ? "" : lastReply;
    }
}
