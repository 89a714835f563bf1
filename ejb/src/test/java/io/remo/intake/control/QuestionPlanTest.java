package io.remo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.InspirationNote;
import io.remo.brief.api.StyleProfile;
import io.remo.brief.prompt.VocabularyExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuestionPlanTest {

    private static final DesignBrief WITH_NOTE = new DesignBrief(null, List.of(), List.of(), List.of(),
            StyleProfile.EMPTY, List.of(), List.of(new InspirationNote(0, "love this", null)));

    private final AnswerReader reader = new AnswerReader(VocabularyExtractor.wordLists(), IntakeLimits.DEFAULTS);

    @Test
    void plansPerMode() {
        assertThat(ids(IntakeMode.QUICK)).containsExactly("roomType", "feel", "keepItems");
        assertThat(ids(IntakeMode.OPEN)).containsExactly("describe", "roomType", "feel", "lighting", "colors",
                "keepItems");
        assertThat(ids(IntakeMode.FULL)).containsExactly("roomType", "occupants", "painPoints", "keepItems",
                "lighting", "colors", "textures", "clutterLevel", "mood", "styles", "constraints", "inspiration:0");
        assertThat(ids(IntakeMode.SKIPPED)).isEmpty();
    }

    @Test
    void everyQuestionOffersTwoToSixShortChips() {
        for (IntakeMode mode : IntakeMode.values()) {
            for (Question question : QuestionPlan.of(mode, WITH_NOTE)) {
                assertThat(question.suggestions()).as(question.id()).hasSizeBetween(2, 6)
                        .allSatisfy(chip -> assertThat(chip).hasSizeLessThanOrEqualTo(40));
            }
        }
    }

    @Test
    void everyChipIsUnderstoodAsAnAnswerToItsQuestion() {
        List<String> misunderstood = new ArrayList<>();
        for (IntakeMode mode : List.of(IntakeMode.QUICK, IntakeMode.OPEN, IntakeMode.FULL)) {
            for (Question question : QuestionPlan.of(mode, WITH_NOTE)) {
                for (String chip : question.suggestions()) {
                    Reading reading = reader.read(chip, question);
                    DesignBrief after = Drafts.apply(WITH_NOTE, reading, question, 8);
                    boolean answered = reading.noPreference() || (question.fields().isEmpty() ? reading.understood()
                            : question.fields().stream().anyMatch(f -> f.isFilled(after)));
                    if (!answered) {
                        misunderstood.add(question.id() + ": " + chip);
                    }
                }
            }
        }
        assertThat(misunderstood).isEmpty();
    }

    @Test
    void closingChipsAreUnderstoodAfterCompletion() {
        BuiltInInterviewer interviewer = new BuiltInInterviewer();
        IntakeTurn done = interviewer.start(IntakeMode.SKIPPED, IntakeContext.NONE);

        Stream.of("Make it warmer", "Less clutter").forEach(chip -> assertThat(
                interviewer.answer(done.state(), chip).draft()).isNotEqualTo(done.draft()));
        assertThat(interviewer.answer(done.state(), "Looks good").reply())
                .isEqualTo("Great. Confirm whenever you're ready, or tell me what to change.");
    }

    @Test
    void aQuestionAlreadyAnsweredIsPassedOver() {
        DesignBrief cozy = new DesignBrief("bedroom", List.of(), List.of(), List.of(),
                new StyleProfile(null, List.of(), List.of(), List.of(), null, "cozy", List.of()), List.of(), List.of());

        assertThat(QuestionPlan.next(IntakeMode.QUICK, cozy, List.of())).map(Question::id).contains("keepItems");
        assertThat(QuestionPlan.remaining(IntakeMode.QUICK, cozy, List.of(), null)).containsExactly("keepItems");
    }

    private List<String> ids(IntakeMode mode) {
        return QuestionPlan.of(mode, WITH_NOTE).stream().map(Question::id).toList();
    }
}
