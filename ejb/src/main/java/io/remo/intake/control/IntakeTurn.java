package io.remo.intake.control;

import io.remo.brief.api.DesignBrief;
import java.util.List;

/**
 * One assistant turn of the intake.
 *
 * @param reply           what the assistant says
 * @param suggestions     short answers the phone shows as chips (none once complete)
 * @param filledFields    names of the brief fields that have a value ({@link BriefField#key()})
 * @param remainingFields names of the fields this mode still means to ask about
 * @param draft           the brief so far
 * @param complete        the interview has what it needs: the phone offers to confirm
 * @param state           what the caller stores and passes to the next {@link Interviewer#answer}
 * @param answeredBy      which interviewer produced the turn
 */
public record IntakeTurn(
        String reply,
        List<String> suggestions,
        List<String> filledFields,
        List<String> remainingFields,
        DesignBrief draft,
        boolean complete,
        IntakeState state,
        Responder answeredBy) {

    public IntakeTurn {
        suggestions = List.copyOf(suggestions);
        filledFields = List.copyOf(filledFields);
        remainingFields = List.copyOf(remainingFields);
    }

    /** The turn that shows a state: its reply, the given chips, and the fields filled and still to ask. */
    static IntakeTurn of(IntakeState state, List<String> suggestions, Responder answeredBy) {
        List<String> remaining = state.complete() ? List.of()
                : QuestionPlan.remaining(state.mode(), state.draft(), state.asked(), state.questionId());
        return new IntakeTurn(state.lastReply(), suggestions, BriefField.filled(state.draft()), remaining,
                state.draft(), state.complete(), state, answeredBy);
    }
}
