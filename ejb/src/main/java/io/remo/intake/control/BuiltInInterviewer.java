package io.remo.intake.control;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.InspirationNote;
import io.remo.brief.api.StyleProfile;
import io.remo.brief.prompt.TextSanitizer;
import io.remo.brief.prompt.VocabularyExtractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The interviewer that needs no external service: a fixed question plan per mode ({@link QuestionPlan}) and the
 * vocabulary extractor. An empty answer or one that is not about the room is met by asking again, once (then the
 * interview moves on); "no preference" moves on; after {@link IntakeLimits#maxAnswers()} answers it completes.
 * Once complete, further answers change the draft ("actually, make it warmer") and the summary is repeated.
 */
public final class BuiltInInterviewer implements Interviewer {

    private final IntakeLimits limits;
    private final AnswerReader reader;

    /** @param extractor the vocabulary extractor, with or without an embedding fallback */
    public BuiltInInterviewer(VocabularyExtractor extractor, IntakeLimits limits) {
        this.limits = limits;
        this.reader = new AnswerReader(extractor, limits);
    }

    /** Word lists only, default limits. */
    public BuiltInInterviewer() {
        this(VocabularyExtractor.wordLists(), IntakeLimits.DEFAULTS);
    }

    @Override
    public IntakeTurn start(IntakeMode mode, IntakeContext context) {
        DesignBrief draft = new DesignBrief(null, List.of(), List.of(), List.of(), StyleProfile.EMPTY, List.of(),
                notes(context, limits.maxNoteChars()));
        if (mode == IntakeMode.SKIPPED) {
            String reply = Replies.opening(mode);
            return turn(new IntakeState(mode, draft, null, 0, List.of(), 0, reply, true), List.of());
        }
        Question first = QuestionPlan.next(mode, draft, List.of()).orElseThrow();
        String reply = Replies.opening(mode) + " " + first.text();
        return turn(new IntakeState(mode, draft, first.id(), 0, List.of(first.id()), 0, reply, false),
                first.suggestions());
    }

    @Override
    public IntakeTurn answer(IntakeState state, String userMessage) {
        String text = TextSanitizer.plain(userMessage, limits.maxAnswerChars());
        Optional<Question> asked = state.complete() || state.questionId() == null ? Optional.empty()
                : QuestionPlan.find(state.mode(), state.draft(), state.questionId());
        if (asked.isEmpty()) {
            return amend(state, text);
        }
        Question question = asked.get();
        if (text.isEmpty()) {
            return askAgain(state, question, "Take your time.");
        }
        Reading reading = reader.read(text, question);
        if (reading.noPreference()) {
            return moveOn(state, state.draft(), "No problem.");
        }
        if (!reading.understood() && !reading.aboutTheRoom()) {
            return askAgain(state, question, "Let's stay with the room for a moment.");
        }
        DesignBrief draft = Drafts.apply(state.draft(), reading, question, limits.maxListItems());
        return moveOn(state, draft, Replies.acknowledgement(state.draft(), draft));
    }

    @Override
    public DesignBrief confirm(IntakeState state) {
        return Drafts.tidy(state.draft(), limits.maxListItems());
    }

    private static IntakeTurn turn(IntakeState state, List<String> suggestions) {
        return IntakeTurn.of(state, suggestions, Responder.BUILT_IN);
    }

    /** The next question, or completion when there is none (or the answers ran out). */
    private IntakeTurn moveOn(IntakeState state, DesignBrief draft, String prefix) {
        int answers = state.answers() + 1;
        Optional<Question> next = answers >= limits.maxAnswers() ? Optional.empty()
                : QuestionPlan.next(state.mode(), draft, state.asked());
        if (next.isEmpty()) {
            return complete(state, draft, answers, prefix);
        }
        Question question = next.get();
        List<String> asked = new ArrayList<>(state.asked());
        asked.add(question.id());
        String reply = prefix + " " + question.text();
        return turn(new IntakeState(state.mode(), draft, question.id(), 0, asked, answers, reply, false),
                question.suggestions());
    }

    private IntakeTurn askAgain(IntakeState state, Question question, String prefix) {
        if (state.reasks() >= limits.maxReasks() || state.answers() + 1 >= limits.maxAnswers()) {
            return moveOn(state, state.draft(), "Let's move on.");
        }
        String reply = prefix + " " + question.text();
        return turn(new IntakeState(state.mode(), state.draft(), question.id(), state.reasks() + 1, state.asked(),
                state.answers() + 1, reply, false), question.suggestions());
    }

    private IntakeTurn complete(IntakeState state, DesignBrief draft, int answers, String prefix) {
        String reply = prefix + " " + Replies.summary(draft);
        return turn(new IntakeState(state.mode(), draft, null, 0, state.asked(), answers, reply, true),
                Replies.CLOSING_SUGGESTIONS);
    }

    /** After completion: a change to the brief, or a nod. */
    private IntakeTurn amend(IntakeState state, String text) {
        int answers = state.answers() + 1;
        if (text.isEmpty() || Phrases.acknowledgement(text)) {
            String reply = "Great. Confirm whenever you're ready, or tell me what to change.";
            return turn(new IntakeState(state.mode(), state.draft(), null, 0, state.asked(), answers, reply, true),
                    Replies.CLOSING_SUGGESTIONS);
        }
        Reading reading = reader.read(text, null);
        if (!reading.understood()) {
            String reply = "I didn't catch a change there. Confirm whenever you're ready, or tell me what to change.";
            return turn(new IntakeState(state.mode(), state.draft(), null, 0, state.asked(), answers, reply, true),
                    Replies.CLOSING_SUGGESTIONS);
        }
        DesignBrief draft = Drafts.apply(state.draft(), reading, null, limits.maxListItems());
        return complete(state, draft, answers, Replies.acknowledgement(state.draft(), draft));
    }

    private static List<InspirationNote> notes(IntakeContext context, int maxNoteChars) {
        return context.inspirationNotes().stream()
                .map(n -> new InspirationNote(n.photoIndex(), TextSanitizer.plain(n.note(), maxNoteChars), null))
                .filter(n -> n.photoIndex() >= 0 && !n.note().isEmpty())
                .sorted(Comparator.comparingInt(InspirationNote::photoIndex))
                .toList();
    }
}
