package io.remo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.StyleProfile;
import io.remo.brief.prompt.EmbeddingPhraseMatcher;
import io.remo.brief.prompt.VocabularyExtractor;
import io.remo.natives.api.TextEmbeddings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in interviewer with the embedding fallback, as the server wires it. */
class EmbeddingIntakeTest {

    private final BuiltInInterviewer interviewer = new BuiltInInterviewer(
            VocabularyExtractor.withFallback(new EmbeddingPhraseMatcher(new TextEmbeddings()::embed,
                    EmbeddingPhraseMatcher.Thresholds.DEFAULTS), VocabularyExtractor.DEFAULT_MAX_SEMANTIC_LOOKUPS),
            IntakeLimits.DEFAULTS);

    @Test
    void wordsTheListsDoNotKnowStillReachTheBrief() {
        Conversation c = Conversation.start(interviewer, IntakeMode.QUICK, IntakeContext.NONE)
                .answer("the bedroom", "sun-drenched and a bit cottagecore, nothing moody", "the bed");

        assertThat(c.last().complete()).isTrue();
        assertThat(c.confirm()).isEqualTo(new DesignBrief("bedroom", List.of(), List.of(), List.of("the bed"),
                new StyleProfile("bright", List.of(), List.of(), List.of(), null, null, List.of("farmhouse")),
                List.of(), List.of()));
    }

    @Test
    void offTopicChatterIsStillOffTopic() {
        Conversation c = Conversation.start(interviewer, IntakeMode.QUICK, IntakeContext.NONE)
                .answer("Lovely weather today, isn't it?");

        assertThat(c.last().reply()).isEqualTo("Let's stay with the room for a moment. "
                + "Which room are we redesigning?");
    }
}
