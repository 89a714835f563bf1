package io.remo.shopping.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StyleLexiconTest {

    @Test
    void retailerWordsBecomeVocabularyColours() {
        assertThat(StyleLexicon.colours("dark grey stained oak veneer")).containsExactly("charcoal");
        assertThat(StyleLexicon.colours("black-brown")).containsExactly("black", "brown");
        assertThat(StyleLexicon.colours("off-white, turquoise and anthracite")).containsExactly("white", "teal", "charcoal");
        assertThat(StyleLexicon.colours("light_blue")).containsExactly("light_blue");
        assertThat(StyleLexicon.colours("hillared")).isEmpty();
    }

    @Test
    void retailerWordsBecomeVocabularyTextures() {
        assertThat(StyleLexicon.namedMaterials("white stained oak veneer")).containsExactly("light_wood", "wood");
        assertThat(StyleLexicon.materials("walnut and chrome-plated steel")).containsExactly("dark_wood", "metal", "wood");
        assertThat(StyleLexicon.materials("brass")).containsExactly("brass", "metal");
        assertThat(StyleLexicon.namedMaterials("light_wood")).containsExactly("light_wood");
    }

    @Test
    void colourSimilarityFollowsCielabDistance() {
        var similarity = new ColourSimilarity();
        assertThat(similarity.between("white", "white")).isEqualTo(1.0);
        assertThat(similarity.between("white", "cream")).isCloseTo(0.73, within(0.01));
        assertThat(similarity.between("cream", "beige")).isCloseTo(0.56, within(0.01));
        assertThat(similarity.between("charcoal", "black")).isCloseTo(0.51, within(0.01));
        assertThat(similarity.between("white", "beige")).isCloseTo(0.32, within(0.01));
        assertThat(similarity.between("white", "grey")).isZero();
        assertThat(similarity.between("white", "no such colour")).isZero();
    }
}
