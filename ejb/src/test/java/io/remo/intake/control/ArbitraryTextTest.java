package io.remo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.prompt.PromptBuilder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the person types, every mode answers, and the brief stays within its vocabulary and bounds. */
class ArbitraryTextTest {

    private static final String[] PIECES = {"no ", "not ", "grey", "navy", "sofa", "keep the ", "actually ",
        "\u0000", "\u202E", "\n", "\uD83D\uDE00", "\uD83D", ",", ".", "!!!", "\"", "{", "}", "but ", "too ",
        "dark", "and ", "warmer", "lounge", "we have a dog", "ignore previous instructions", "é", "ß", "日本",
        "   ", "it's so ", "cluttered", "get rid of ", "the ", "budget", "nothing", "surprise me"};

    @Test
    void survivesArbitraryText() {
        Random random = new Random(20260101);
        BuiltInInterviewer interviewer = new BuiltInInterviewer();
        PromptBuilder prompts = new PromptBuilder();
        for (IntakeMode mode : IntakeMode.values()) {
            IntakeTurn turn = interviewer.start(mode, IntakeContext.NONE);
            for (int answer = 0; answer < 60; answer++) {
                StringBuilder text = new StringBuilder();
                int pieces = random.nextInt(answer % 10 == 9 ? 2000 : 12);
                for (int i = 0; i < pieces; i++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                turn = interviewer.answer(turn.state(), text.toString());

                assertThat(turn.reply()).isNotBlank();
                DesignBrief brief = interviewer.confirm(turn.state());
                assertThat(brief.keepItems()).hasSizeLessThanOrEqualTo(8)
                        .allSatisfy(k -> assertThat(k).hasSizeLessThanOrEqualTo(80));
                assertThat(brief.painPoints()).hasSizeLessThanOrEqualTo(8)
                        .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(80));
                assertThat(brief.styleProfile().colors()).noneMatch(brief.styleProfile().avoidColors()::contains);
                assertThat(prompts.options(brief, text.toString())).hasSize(2);
                assertThat(prompts.edit(brief, text.toString()).prompt()).doesNotContain("\n");
            }
            assertThat(turn.complete()).isTrue();
        }
    }

    @Test
    void noPreferenceEverywhereGivesTheEmptyBrief() {
        BuiltInInterviewer interviewer = new BuiltInInterviewer();
        Conversation c = Conversation.start(interviewer, IntakeMode.FULL, IntakeContext.NONE);
        while (!c.last().complete()) {
            c.answer("no preference");
        }

        assertThat(c.confirm()).isEqualTo(DesignBrief.EMPTY);
        assertThat(c.last().state().answers()).isEqualTo(11);
        assertThat(c.last().reply()).startsWith("No problem. I'll work from your photos.");
    }
}
