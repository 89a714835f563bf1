package io.remo.shopping.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.shopping.catalog.DescribedSize.Label;
import io.remo.shopping.catalog.DescribedSize.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionSizeParserTest {

    private final DescriptionSizeParser parser = new DescriptionSizeParser();

    @Test
    void twoAndThreeNumbersInCentimetres() {
        assertThat(measures("140x200 cm")).containsExactly(cm(140), cm(200));
        assertThat(measures("60x40x75 cm")).containsExactly(cm(60), cm(40), cm(75));
        assertThat(measures("50.5x30x83 cm")).containsExactly(cm(50.5), cm(30), cm(83));
        assertThat(measures("60 × 40 cm")).containsExactly(cm(60), cm(40));
    }

    @Test
    void oneNumberInCentimetresOrMillimetres() {
        assertThat(measures("74 cm")).containsExactly(cm(74));
        assertThat(measures("36.0 cm")).containsExactly(cm(36));
        assertThat(measures("320 mm")).containsExactly(cm(32));
        assertThat(measures("36,5 cm")).containsExactly(cm(36.5));
    }

    @Test
    void rangesAndAlternativesKeepBothEnds() {
        assertThat(measures("180x27x74-140 cm")).containsExactly(cm(180), cm(27), new Measure(74, 140, null));
        assertThat(measures("130/190x80 cm")).containsExactly(new Measure(130, 190, null), cm(80));
        assertThat(measures("20/77/133x62 cm")).containsExactly(new Measure(20, 133, null), cm(62));
        assertThat(measures("140/160 cm")).containsExactly(new Measure(140, 160, null));
        assertThat(measures("142-178x51x139 cm")).containsExactly(new Measure(142, 178, null), cm(51), cm(139));
    }

    @Test
    void aSeparateSecondMeasureIsNotASide() {
        assertThat(measures("160x80 55 cm")).containsExactly(cm(160), cm(80));
    }

    @Test
    void packsAreCounted() {
        DescribedSize size = parser.parse("77x28 cm 2 pack").orElseThrow();
        assertThat(size.measures()).containsExactly(cm(77), cm(28));
        assertThat(size.packSize()).isEqualTo(2);
        assertThat(parser.parse("171 cm 2 pack").orElseThrow().packSize()).isEqualTo(2);
    }

    @Test
    void severalNumbersWithoutAUnitAreCentimetres() {
        assertThat(measures("70/80/90")).containsExactly(new Measure(70, 90, null));
    }

    @Test
    void labelledSizes() {
        assertThat(measures("Ø45 cm")).containsExactly(new Measure(45, 45, Label.DIAMETER));
        assertThat(measures("Ø 45 cm")).containsExactly(new Measure(45, 45, Label.DIAMETER));
        assertThat(measures("W 60 x D 40 cm")).containsExactly(new Measure(60, 60, Label.WIDTH), new Measure(40, 40, Label.DEPTH));
        assertThat(measures("W60xD40xH75 cm")).containsExactly(new Measure(60, 60, Label.WIDTH),
                new Measure(40, 40, Label.DEPTH), new Measure(75, 75, Label.HEIGHT));
    }

    @Test
    void inchesAreAScreenDiagonalNotASize() {
        DescribedSize size = parser.parse("37-55 \"").orElseThrow();
        assertThat(size.screenDiagonal()).isTrue();
        assertThat(size.measures()).isEmpty();
    }

    @Test
    void wordsWithNumbersAreNotSizes() {
        assertThat(parser.parse("4-seat")).isEmpty();
        assertThat(parser.parse("set of 3")).isEmpty();
        assertThat(parser.parse("3 steps")).isEmpty();
        assertThat(parser.parse("outdoor")).isEmpty();
        assertThat(parser.parse("2")).isEmpty();
        assertThat(parser.parse("0x20 cm")).isEmpty();
    }

    @Test
    void shortDescriptionSplitsKindFromSize() {
        ShortDescription description = ShortDescription.parse("Bar table, in/outdoor,          51x51 cm", parser);
        assertThat(description.type()).isEqualTo("Bar table, in/outdoor");
        assertThat(description.sizeText()).isEqualTo("51x51 cm");
        assertThat(ShortDescription.parse("Cover for corner sofa-bed, 4-seat", parser))
                .isEqualTo(new ShortDescription("Cover for corner sofa-bed, 4-seat", null, null));
        assertThat(ShortDescription.parse("Stepladder, 3 steps,          63 cm", parser).type()).isEqualTo("Stepladder, 3 steps");
        assertThat(ShortDescription.parse("Chair pad, 36,5 cm", parser))
                .isEqualTo(new ShortDescription("Chair pad", "36,5 cm", parser.parse("36,5 cm").orElseThrow()));
    }

    private List<Measure> measures(String text) {
        DescribedSize size = parser.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertThat(size.screenDiagonal()).isFalse();
        return size.measures();
    }

    private static Measure cm(double value) {
        return new Measure(value, value, null);
    }
}
