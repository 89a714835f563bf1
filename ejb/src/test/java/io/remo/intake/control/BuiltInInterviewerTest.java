package io.remo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.InspirationNote;
import io.remo.brief.api.StyleProfile;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BuiltInInterviewerTest {

    private final BuiltInInterviewer interviewer = new BuiltInInterviewer();

    @Nested
    class Quick {

        @Test
        void threeQuestionsThenASummaryThenACorrection() {
            Conversation c = Conversation.start(interviewer, IntakeMode.QUICK, IntakeContext.NONE);

            IntakeTurn opening = c.last();
            assertThat(opening.reply()).isEqualTo(
                    "Let's shape your redesign with three quick questions. Which room are we redesigning?");
            assertThat(opening.suggestions()).containsExactly("Living room", "Bedroom", "Kitchen", "Home office",
                    "Dining room", "Bathroom");
            assertThat(opening.filledFields()).isEmpty();
            assertThat(opening.remainingFields()).containsExactly("roomType", "keepItems", "mood", "styles");
            assertThat(opening.complete()).isFalse();
            assertThat(opening.answeredBy()).isEqualTo(Responder.BUILT_IN);

            c.answer("The lounge");
            assertThat(c.last().reply()).isEqualTo(
                    "Got it: living room. How would you like the room to feel? A few words are enough.");
            assertThat(c.last().filledFields()).containsExactly("roomType");
            assertThat(c.last().remainingFields()).containsExactly("keepItems", "mood", "styles");

            c.answer("comfy, with warm light and no grey");
            assertThat(c.last().reply()).isEqualTo(
                    "Got it: cozy, warm light, no grey. Is there anything you want to keep as it is?");
            assertThat(c.last().remainingFields()).containsExactly("keepItems");

            c.answer("keep the green sofa");
            assertThat(c.last().complete()).isTrue();
            assertThat(c.last().remainingFields()).isEmpty();
            assertThat(c.last().suggestions()).containsExactly("Looks good", "Make it warmer", "Less clutter");
            assertThat(c.last().reply()).isEqualTo("Got it: keeping the green sofa. Here's your brief: "
                    + "room: living room; feel: cozy; light: warm; avoiding: grey; keeping: the green sofa. "
                    + "Confirm to create your designs, or tell me what to change.");

            c.answer("actually, make it cooler");
            assertThat(c.last().complete()).isTrue();
            assertThat(c.confirm()).isEqualTo(new DesignBrief("living_room", List.of(), List.of(),
                    List.of("the green sofa"),
                    new StyleProfile("cool", List.of(), List.of("grey"), List.of(), null, "cozy", List.of()),
                    List.of(), List.of()));
        }

        @Test
        void anAnswerThatCoversTheNextQuestionSkipsIt() {
            Conversation c = Conversation.start(interviewer, IntakeMode.QUICK, IntakeContext.NONE)
                    .answer("A calm bedroom, keep the bed");

            assertThat(c.last().complete()).isTrue();
            assertThat(c.confirm()).isEqualTo(new DesignBrief("bedroom", List.of(), List.of(), List.of("the bed"),
                    new StyleProfile(null, List.of(), List.of(), List.of(), null, "calm", List.of()), List.of(),
                    List.of()));
        }

        @Test
        void anAcknowledgementAfterCompletionChangesNothing() {
            Conversation c = Conversation.start(interviewer, IntakeMode.QUICK, IntakeContext.NONE)
                    .answer("kitchen", "fresh", "nothing, start fresh", "Looks good!");

            assertThat(c.last().reply()).isEqualTo("Great. Confirm whenever you're ready, or tell me what to change.");
            assertThat(c.last().complete()).isTrue();
            assertThat(c.confirm()).isEqualTo(new DesignBrief("kitchen", List.of(), List.of(), List.of(),
                    new StyleProfile(null, List.of(), List.of(), List.of(), null, "fresh", List.of()), List.of(),
                    List.of()));
        }
    }

    @Nested
    class Full {

        private final IntakeContext context = new IntakeContext(List.of(
                new InspirationNote(1, "love the light here", null),
                new InspirationNote(0, "this \u0007rug!\nso nice", null)));

        @Test
        void everyFieldWithNegationCorrectionOffTopicEmptyAndInspirationAnswers() {
            Conversation c = Conversation.start(interviewer, IntakeMode.FULL, context);
            assertThat(c.last().reply()).isEqualTo("Let's build a detailed brief together: about ten short "
                    + "questions. Which room are we redesigning?");
            assertThat(c.last().remainingFields()).containsExactly("roomType", "occupants", "painPoints",
                    "keepItems", "lighting", "colors", "avoidColors", "textures", "clutterLevel", "mood", "styles",
                    "constraints", "inspirationNotes");

            c.answer("Living room");
            c.answer("Did you see the football last night?");
            assertThat(c.last().reply()).isEqualTo("Let's stay with the room for a moment. "
                    + "Who uses this room day to day? Any kids or pets?");
            assertThat(c.last().state().questionId()).isEqualTo("occupants");
            assertThat(c.last().state().reasks()).isEqualTo(1);

            c.answer("We have a cat, no dog, and my partner");
            c.answer("It's too dark and there's no storage");
            assertThat(c.last().reply()).isEqualTo(
                    "Got it: too dark, no storage. Is there anything you want to keep as it is?");

            c.answer("keep the green sofa and grandma's armchair, get rid of the rug");
            c.answer("Cool daylight");
            c.answer("Navy and white. I hate beige, nothing too dark");
            c.answer("Linen and wool. Oh and not navy, sage");
            c.answer("Minimal. Actually, make it warmer");
            c.answer("Not sure");
            c.answer("Not scandi, japandi");
            c.answer("We're renting and on a budget");
            assertThat(c.last().reply()).isEqualTo("Got it: a rental, a tight budget. On inspiration photo 1 you "
                    + "wrote \u201cthis rug!, so nice\u201d. What do you like most about it?");
            assertThat(c.last().remainingFields()).containsExactly("inspirationNotes");

            c.answer("The colours and the texture");
            c.answer("The light, it's so warm");
            assertThat(c.last().complete()).isTrue();

            assertThat(c.confirm()).isEqualTo(new DesignBrief("living_room", List.of("cat", "couple"),
                    List.of("too dark", "no storage"), List.of("the green sofa", "grandma's armchair"),
                    new StyleProfile("warm", List.of("sage", "white"),
                            List.of("beige", "black", "charcoal", "burgundy", "navy"), List.of("linen", "wool"),
                            "minimal", null, List.of("japandi")),
                    List.of("pets", "rental", "budget_low"),
                    List.of(new InspirationNote(0, "this rug!, so nice", "The colours and the texture"),
                            new InspirationNote(1, "love the light here", "The light, it's so warm"))));
        }

        @Test
        void twoEmptyAnswersMoveOnAndTheFieldIsNoLongerAsked() {
            Conversation c = Conversation.start(interviewer, IntakeMode.FULL, IntakeContext.NONE)
                    .answer("bedroom", "just me", "  ");
            assertThat(c.last().reply()).isEqualTo("Take your time. What bothers you about the room as it is?");

            c.answer("\u0000\u200B");
            assertThat(c.last().reply()).isEqualTo("Let's move on. Is there anything you want to keep as it is?");
            assertThat(c.last().state().questionId()).isEqualTo("keepItems");
            assertThat(c.last().remainingFields()).doesNotContain("painPoints");
        }

        @Test
        void aVeryLongAnswerIsCutAndStillRead() {
            String longAnswer = "Linen\u0000 and wool " + "and so on, ".repeat(400) + "velvet";

            Conversation c = Conversation.start(interviewer, IntakeMode.FULL, IntakeContext.NONE)
                    .answer("office", "just me", "nothing really", "nothing", "warm", "no preference", longAnswer);

            assertThat(c.last().state().questionId()).isEqualTo("clutterLevel");
            assertThat(c.last().draft().styleProfile().textures()).containsExactly("linen", "wool");
        }
    }

    @Nested
    class Open {

        @Test
        void extractsTheDescriptionAndAsksOnlyForWhatIsMissing() {
            Conversation c = Conversation.start(interviewer, IntakeMode.OPEN, IntakeContext.NONE);
            assertThat(c.last().reply()).isEqualTo("Let's start with your own words. Tell me about the room: what "
                    + "it is, what bothers you about it, and how you'd like it to feel.");

            c.answer("It's a dark, cluttered lounge; I'd love it bright and calm with lots of plants. "
                    + "Keep the piano.");
            assertThat(c.last().reply()).isEqualTo("Got it: living room, calm, bright light, plants. "
                    + "Which colours do you love, and any you'd rather avoid?");
            assertThat(c.last().filledFields()).containsExactly("roomType", "painPoints", "keepItems", "lighting",
                    "textures", "mood");
            assertThat(c.last().remainingFields()).containsExactly("colors", "avoidColors");

            c.answer("");
            assertThat(c.last().reply()).isEqualTo(
                    "Take your time. Which colours do you love, and any you'd rather avoid?");
            c.answer("what's the weather like over there?");
            assertThat(c.last().complete()).isTrue();
            assertThat(c.last().reply()).startsWith("Let's move on. Here's your brief: ");

            c.answer("navy and white, no grey");
            assertThat(c.confirm()).isEqualTo(new DesignBrief("living_room", List.of(),
                    List.of("a dark, cluttered lounge"), List.of("the piano"),
                    new StyleProfile("bright", List.of("navy", "white"), List.of("grey"), List.of("plants"), null,
                            "calm", List.of()),
                    List.of(), List.of()));
        }

        @Test
        void aDescriptionWithEverythingCompletesAtOnce() {
            Conversation c = Conversation.start(interviewer, IntakeMode.OPEN, IntakeContext.NONE).answer(
                    "Our kitchen feels dated. We'd like it fresh and bright, sage and cream, no yellow. "
                            + "The oak table stays. We have two kids and we're renting.");

            assertThat(c.last().complete()).isTrue();
            assertThat(c.confirm()).isEqualTo(new DesignBrief("kitchen", List.of("kids"), List.of("dated"),
                    List.of("the oak table"),
                    new StyleProfile("bright", List.of("sage", "cream"), List.of("yellow"), List.of(), null, "fresh",
                            List.of()),
                    List.of("kids", "rental"), List.of()));
        }
    }

    @Nested
    class Skipped {

        @Test
        void isCompleteAtOnceWithTheEmptyBrief() {
            IntakeTurn turn = interviewer.start(IntakeMode.SKIPPED, IntakeContext.NONE);

            assertThat(turn.complete()).isTrue();
            assertThat(turn.suggestions()).isEmpty();
            assertThat(turn.remainingFields()).isEmpty();
            assertThat(turn.reply()).isEqualTo("No problem, I'll work from your photos. Confirm whenever you're "
                    + "ready.");
            assertThat(interviewer.confirm(turn.state())).isEqualTo(DesignBrief.EMPTY);
        }

        @Test
        void keepsTheInspirationNotes() {
            IntakeTurn turn = interviewer.start(IntakeMode.SKIPPED,
                    new IntakeContext(List.of(new InspirationNote(0, "  the green walls ", null))));

            assertThat(interviewer.confirm(turn.state()).inspirationNotes())
                    .containsExactly(new InspirationNote(0, "the green walls", null));
        }
    }

    @Test
    void petsAndBudgetFollowTheLatestWord() {
        Conversation c = Conversation.start(interviewer, IntakeMode.FULL, IntakeContext.NONE)
                .answer("lounge", "We have a dog", "nothing really", "nothing", "warm", "surprise me", "velvet",
                        "tidy", "cozy", "boho", "On a budget, actually money is no object", "no pets anymore");

        assertThat(c.last().complete()).isTrue();
        assertThat(c.confirm().occupants()).isEmpty();
        assertThat(c.confirm().constraints()).containsExactly("budget_high");
    }

    @Test
    void completesWhenTheAnswersRunOut() {
        BuiltInInterviewer brief = new BuiltInInterviewer(io.remo.brief.prompt.VocabularyExtractor.wordLists(),
                new IntakeLimits(2000, 80, 200, 200, 8, 1, 2));

        Conversation c = Conversation.start(brief, IntakeMode.FULL, IntakeContext.NONE).answer("kitchen",
                "what a week it has been");

        assertThat(c.last().complete()).isTrue();
        assertThat(c.last().state().answers()).isEqualTo(2);
        assertThat(c.confirm().roomType()).isEqualTo("kitchen");
    }

    @Test
    void listsAreBounded() {
        BuiltInInterviewer small = new BuiltInInterviewer(io.remo.brief.prompt.VocabularyExtractor.wordLists(),
                new IntakeLimits(2000, 20, 200, 200, 3, 1, 30));

        Conversation c = Conversation.start(small, IntakeMode.FULL, IntakeContext.NONE).answer("kitchen", "just me",
                "it's so dark, there's no storage, it's cramped, everything is old and tired and really very dated",
                "keep", "warm", "red, blue, green, white and pink");

        assertThat(c.last().draft().styleProfile().colors()).containsExactly("red", "blue", "green");
        assertThat(c.last().draft().painPoints()).containsExactly("dark", "no storage", "cramped");
    }
}
