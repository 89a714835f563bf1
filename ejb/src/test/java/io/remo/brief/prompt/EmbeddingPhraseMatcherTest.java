package io.remo.brief.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.remo.natives.api.TextEmbeddings;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Against the real all-MiniLM-L6-v2 model, in-process. */
class EmbeddingPhraseMatcherTest {

    private static final EmbeddingPhraseMatcher MATCHER = new EmbeddingPhraseMatcher(new TextEmbeddings()::embed,
            EmbeddingPhraseMatcher.Thresholds.DEFAULTS);

    static Stream<Arguments> phrasesTheWordListsDoNotKnow() {
        return Stream.of(
                arguments("sun-drenched", new Term(VocabularyField.LIGHTING, "bright")),
                arguments("sun drenched", new Term(VocabularyField.LIGHTING, "bright")),
                arguments("cottagecore", new Term(VocabularyField.STYLE, "farmhouse")),
                arguments("moody", new Term(VocabularyField.LIGHTING, "dim")),
                arguments("seafoam", new Term(VocabularyField.STYLE, "coastal")));
    }

    @ParameterizedTest
    @MethodSource("phrasesTheWordListsDoNotKnow")
    void mapsAPhraseOntoTheClosestValue(String phrase, Term expected) {
        assertThat(MATCHER.match(phrase)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"weather", "nice weather", "football", "lovely", "dinner", "yesterday", "hospital"})
    void leavesOffTopicWordsAlone(String phrase) {
        assertThat(MATCHER.match(phrase)).isEmpty();
    }

    @Test
    void givesNothingForBlankPhrases() {
        assertThat(MATCHER.match(" ")).isEqualTo(Optional.empty());
    }

    @Test
    void extractorFallsBackToItWithNegation() {
        VocabularyExtractor extractor = VocabularyExtractor.withFallback(MATCHER,
                VocabularyExtractor.DEFAULT_MAX_SEMANTIC_LOOKUPS);

        List<String> mentions = extractor.extract("I'd like it sun-drenched and a bit cottagecore, nothing moody")
                .mentions().stream()
                .map(m -> (m.negated() ? "!" : "") + m.value() + (m.semantic() ? "~" : "")).toList();

        assertThat(mentions).containsExactly("bright~", "farmhouse~", "!dim~");
        assertThat(extractor.extract("Did you watch the football last night?").mentions()).isEmpty();
    }
}
