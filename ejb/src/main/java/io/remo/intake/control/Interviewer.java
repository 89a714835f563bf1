package io.remo.intake.control;

import io.remo.brief.api.DesignBrief;

/** Runs the intake conversation. Implementations are stateless: the conversation lives in {@link IntakeState}. */
public interface Interviewer {

    /** The first turn: a greeting and the first question, or, for {@link IntakeMode#SKIPPED}, a complete turn. */
    IntakeTurn start(IntakeMode mode, IntakeContext context);

    /** Reads the person's answer into the draft and asks the next question (or completes). Never throws on text. */
    IntakeTurn answer(IntakeState state, String userMessage);

    /** The final brief: the draft, tidied (lists deduplicated, avoided colours out of the palette). */
    DesignBrief confirm(IntakeState state);
}
