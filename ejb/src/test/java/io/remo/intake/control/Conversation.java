package io.remo.intake.control;

import java.util.ArrayList;
import java.util.List;

/** A scripted conversation: the opening turn, then one turn per answer. */
final class Conversation {

    private final Interviewer interviewer;
    private final List<IntakeTurn> turns = new ArrayList<>();

    private Conversation(Interviewer interviewer, IntakeTurn opening) {
        this.interviewer = interviewer;
        turns.add(opening);
    }

    static Conversation start(Interviewer interviewer, IntakeMode mode, IntakeContext context) {
        return new Conversation(interviewer, interviewer.start(mode, context));
    }

    Conversation answer(String... answers) {
        for (String answer : answers) {
            turns.add(interviewer.answer(last().state(), answer));
        }
        return this;
    }

    IntakeTurn last() {
        return turns.get(turns.size() - 1);
    }

    /** Turn 0 is the opening; turn n follows the n-th answer. */
    IntakeTurn turn(int index) {
        return turns.get(index);
    }

    io.remo.brief.api.DesignBrief confirm() {
        return interviewer.confirm(last().state());
    }
}
