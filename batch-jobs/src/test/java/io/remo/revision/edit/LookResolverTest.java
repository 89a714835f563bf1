package io.remo.revision.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.EditInstructions;
import io.remo.brief.api.NamedColor;
import io.remo.brief.api.Vocabulary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookResolverTest {

    private static final int[] RED = {200, 40, 40};

    private static EditInstructions words(String instruction, List<String> avoid, List<String> nudges) {
        return new EditInstructions("replace", instruction, null, null, 0.3, avoid, nudges, "", "");
    }

    @Test
    void theStructuredFieldsComeFirst() {
        EditInstructions instructions = new EditInstructions("change_finish", "paint it red", NamedColor.of("sage"),
                "linen", -0.5, List.of(), List.of(), "", "");

        Look look = LookResolver.resolve(instructions, RED, false, 1);

        assertThat(look.rgb()).containsExactly(Vocabulary.COLORS.get("sage"));
        assertThat(look.texture()).isEqualTo("linen");
        assertThat(look.warmth()).isEqualTo(-0.5);
    }

    @Test
    void readsVocabularyWordsFromTheInstructionAndNudges() {
        Look look = LookResolver.resolve(words("Make it a Light Blue sofa, please", List.of(), List.of("oak")), RED,
                true, 1);

        assertThat(look.rgb()).containsExactly(Vocabulary.COLORS.get("light_blue"));
        assertThat(look.texture()).isEqualTo("light_wood");
    }

    @Test
    void takesTheFirstWordNamedButNotOnePartOfALongerOne() {
        assertThat(LookResolver.named("navy blue or green", List.of("blue", "navy", "green"), Set.of()))
                .isEqualTo("navy");
        assertThat(LookResolver.named("a dark wood table", Vocabulary.TEXTURES, Set.of()))
                .isEqualTo("dark_wood");
        assertThat(LookResolver.named("blue, no, light blue", List.of("blue", "light_blue"), Set.of()))
                .isEqualTo("blue");
        assertThat(LookResolver.named("light blue", List.of("blue", "light_blue"), Set.of()))
                .isEqualTo("light_blue");
        assertThat(LookResolver.named("a grayish wall", List.of("grey"), Set.of())).isNull();
        assertThat(LookResolver.named("a gray wall", List.of("grey"), Set.of())).isEqualTo("grey");
    }

    @Test
    void aFinishWithoutAColourTakesTheFinishsColour() {
        Look look = LookResolver.resolve(words("turn this into marble", List.of(), List.of()), RED, false, 1);

        assertThat(look.texture()).isEqualTo("marble");
        assertThat(look.rgb()).containsExactly(FinishTextures.colour("marble"));
    }

    @Test
    void choosesAFarColourAndAFinishWithTheSeedWhenNothingIsNamed() {
        EditInstructions vague = words("something nicer here please", List.of(), List.of());

        Look first = LookResolver.resolve(vague, RED, true, 11);
        Look again = LookResolver.resolve(vague, RED, true, 11);

        assertThat(again.rgb()).containsExactly(first.rgb());
        assertThat(again.texture()).isEqualTo(first.texture());
        assertThat(first.texture()).isNotNull();
        int distance = 0;
        for (int c = 0; c < 3; c++) {
            distance = Math.max(distance, Math.abs(first.rgb()[c] - RED[c]));
        }
        assertThat(distance).isGreaterThanOrEqualTo(70);
        // A finish change with nothing named keeps its own detail: no texture.
        assertThat(LookResolver.resolve(vague, RED, false, 11).texture()).isNull();
    }

    @Test
    void neverChoosesWhatIsToBeAvoided() {
        EditInstructions avoidGreen = words("a green velvet chair", List.of("Green", "velvet"), List.of());

        Look look = LookResolver.resolve(avoidGreen, RED, true, 3);

        assertThat(look.rgb()).isNotEqualTo(Vocabulary.COLORS.get("green"));
        assertThat(look.texture()).isNotEqualTo("velvet");
        for (long seed = 0; seed < 50; seed++) {
            Look picked = LookResolver.resolve(words("something else", List.of("white", "linen"), List.of()), RED,
                    true, seed);
            assertThat(picked.rgb()).isNotEqualTo(Vocabulary.COLORS.get("white"));
            assertThat(picked.texture()).isNotEqualTo("linen");
        }
    }
}
