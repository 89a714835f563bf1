package io.remo.brief.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyExtractorTest {

    private final VocabularyExtractor extractor = VocabularyExtractor.wordLists();

    /** Mentions as "field=value", negated ones as "!field=value". */
    private List<String> read(String text) {
        return extractor.extract(text).mentions().stream()
                .map(m -> (m.negated() ? "!" : "") + m.field().name().toLowerCase() + "=" + m.value()).toList();
    }

    static Stream<Arguments> synonyms() {
        return Stream.of(
                arguments("the lounge", List.of("room_type=living_room")),
                arguments("our sitting room", List.of("room_type=living_room")),
                arguments("a kids room", List.of("room_type=kids_room")),
                arguments("guest room", List.of("room_type=bedroom")),
                arguments("comfy", List.of("mood=cozy")),
                arguments("cosy", List.of("mood=cozy")),
                arguments("navy", List.of("color=navy")),
                arguments("dark blue", List.of("color=navy")),
                arguments("greys", List.of("color=grey")),
                arguments("timber", List.of("texture=wood")),
                arguments("dark wood", List.of("texture=dark_wood")),
                arguments("mid-century modern", List.of("style=mid_century")),
                arguments("scandi", List.of("style=scandinavian")),
                arguments("warm neutrals", List.of("color=cream", "color=beige", "color=sand")),
                arguments("lived-in", List.of("clutter_level=lived_in")),
                arguments("on a budget", List.of("constraint=budget_low")),
                arguments("money is no object", List.of("constraint=budget_high")),
                arguments("renting", List.of("constraint=rental")),
                arguments("we have a dog", List.of("occupant=dog", "constraint=pets")),
                arguments("two cats", List.of("occupant=cat", "constraint=pets")),
                arguments("our toddler", List.of("occupant=toddler", "constraint=kids")),
                arguments("warmer", List.of("lighting=warm")),
                arguments("lots of natural light", List.of("lighting=bright")),
                arguments("light and airy", List.of("lighting=bright", "mood=fresh")),
                arguments("Nothing, start fresh", List.of()));
    }

    @ParameterizedTest
    @MethodSource("synonyms")
    void mapsEverydayWordsOntoTheVocabulary(String text, List<String> expected) {
        assertThat(read(text)).isEqualTo(expected);
    }

    static Stream<Arguments> negations() {
        return Stream.of(
                arguments("no grey", List.of("!color=grey")),
                arguments("no grey or beige", List.of("!color=grey", "!color=beige")),
                arguments("I hate beige and love sage green", List.of("!color=beige", "color=sage")),
                arguments("I don't really like velvet", List.of("!texture=velvet")),
                arguments("not a fan of leather, but love linen", List.of("!texture=leather", "texture=linen")),
                arguments("nothing too dark",
                        List.of("!lighting=dim", "!color=black", "!color=charcoal", "!color=navy", "!color=burgundy")),
                arguments("it's too dark", List.of("!lighting=dim")),
                arguments("not blue, green", List.of("!color=blue", "color=green")),
                arguments("cozy rather than calm", List.of("mood=cozy", "!mood=calm")),
                arguments("nothing too bold", List.of("!mood=energetic", "!color=red", "!color=orange",
                        "!color=yellow", "!color=pink")),
                arguments("we have a cat, no dog", List.of("occupant=cat", "constraint=pets", "!occupant=dog")),
                arguments("I don't mind grey", List.of("color=grey")));
    }

    @ParameterizedTest
    @MethodSource("negations")
    void readsWhatIsSaidInTheNegative(String text, List<String> expected) {
        assertThat(read(text)).isEqualTo(expected);
    }

    @Test
    void noticesCorrections() {
        assertThat(extractor.extract("actually, make it warmer").correction()).isTrue();
        assertThat(extractor.extract("green instead").correction()).isTrue();
        assertThat(extractor.extract("make it warmer").correction()).isFalse();
    }

    @Test
    void cutsClausesAndCountsRoomWords() {
        Extraction extraction = extractor.extract("The sofa stays, but the colours feel tired. Weather's nice!");

        assertThat(extraction.clauses()).extracting(Clause::text)
                .containsExactly("The sofa stays", "the colours feel tired", "Weather's nice");
        assertThat(extraction.clauses()).extracting(Clause::aboutTheRoom).containsExactly(true, true, false);
        assertThat(extractor.extract("Lovely weather today, isn't it?").aboutTheRoom()).isFalse();
    }

    @Test
    void findsFurnishings() {
        assertThat(extractor.furnishings("swap the coffee table for a rug and move the lamps"))
                .containsExactly("coffee table", "rug", "lamps");
        assertThat(extractor.namesFurnishing("the weather")).isFalse();
    }

    @Test
    void positionsCountTheExtractorsWords() {
        Extraction extraction = extractor.extract("keep the green sofa but no grey");

        assertThat(extraction.mentions()).extracting(Mention::position).containsExactly(2, 5);
        assertThat(extraction.clauses().stream().flatMap(c -> c.words().stream()).toList())
                .containsExactly("keep", "the", "green", "sofa", "no", "grey");
    }

    @Test
    void asksTheFallbackOnlyAboutWordsTheListsDoNotKnowPairsFirstWithinItsBudget() {
        List<String> asked = new ArrayList<>();
        Map<String, Term> known = Map.of("sun-drenched", new Term(VocabularyField.LIGHTING, "bright"),
                "glowy", new Term(VocabularyField.LIGHTING, "warm"));
        VocabularyExtractor withFallback = VocabularyExtractor.withFallback(phrase -> {
            asked.add(phrase);
            return Optional.ofNullable(known.get(phrase));
        }, 3);

        Extraction extraction = withFallback.extract("a sun-drenched lounge, not glowy sparkly");

        assertThat(asked).containsExactly("glowy sparkly", "sun-drenched", "glowy");
        assertThat(extraction.mentions())
                .extracting(m -> (m.negated() ? "!" : "") + m.value() + (m.semantic() ? "~" : ""))
                .containsExactly("bright~", "living_room", "!warm~");
    }
}
