package io.remo.shopping.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductSizeResolverTest {

    private final DescriptionSizeParser parser = new DescriptionSizeParser();
    private final ProductSizeResolver resolver = new ProductSizeResolver();

    @Test
    void threeNumbersAreWidthDepthHeight() {
        assertThat(described("Bookcase, 40x28x202 cm")).isEqualTo(Dimensions.of(40, 28, 202));
        assertThat(described("Chest of 3 drawers, 60x40x75 cm")).isEqualTo(Dimensions.of(60, 40, 75));
    }

    @Test
    void twoNumbersOfBedsAndTablesAreTheFootprint() {
        assertThat(described("Bed frame, 140x200 cm")).isEqualTo(new Dimensions(140.0, 200.0, null));
        assertThat(described("Table, 150x75 cm")).isEqualTo(new Dimensions(150.0, 75.0, null));
        assertThat(described("Shelf, 77x28 cm 2 pack")).isEqualTo(new Dimensions(77.0, 28.0, null));
        assertThat(described("Rug, low pile, 170x240 cm")).isEqualTo(new Dimensions(170.0, 240.0, null));
    }

    @Test
    void twoNumbersOfStorageAreTheFront() {
        assertThat(described("Chest of 2 drawers, 40x58 cm")).isEqualTo(new Dimensions(40.0, null, 58.0));
        assertThat(described("Door, 60x64 cm")).isEqualTo(new Dimensions(60.0, null, 64.0));
        assertThat(described("Shelving unit, 77x147 cm")).isEqualTo(new Dimensions(77.0, null, 147.0));
    }

    @Test
    void oneNumberDependsOnTheKind() {
        assertThat(described("Bar stool with backrest, 74 cm")).isEqualTo(new Dimensions(null, null, 74.0));
        assertThat(described("Leg, 10 cm")).isEqualTo(new Dimensions(null, null, 10.0));
        assertThat(described("Floor lamp, 150 cm")).isEqualTo(new Dimensions(null, null, 150.0));
        assertThat(described("Coffee table, 55 cm")).isEqualTo(new Dimensions(55.0, 55.0, null));
        assertThat(described("Chair pad, 36.0 cm")).isEqualTo(new Dimensions(36.0, 36.0, null));
        assertThat(described("Headboard, 140/160 cm")).isEqualTo(new Dimensions(160.0, null, null));
        assertThat(described("Handle, 320 mm")).isEqualTo(new Dimensions(32.0, null, null));
    }

    @Test
    void labelsSayWhichSideIsWhich() {
        assertThat(described("Side table, Ø45 cm")).isEqualTo(new Dimensions(45.0, 45.0, null));
        assertThat(described("Cabinet, W 60 x D 40 cm")).isEqualTo(new Dimensions(60.0, 40.0, null));
        assertThat(described("Lamp, H 150 cm")).isEqualTo(new Dimensions(null, null, 150.0));
    }

    @Test
    void columnsFillWhatTheDescriptionLacks() {
        var resolved = resolve("Table, 150x75 cm", new Dimensions(75.0, null, 73.0));
        assertThat(resolved.dimensions()).isEqualTo(Dimensions.of(150, 75, 73));
        assertThat(resolved.source()).isEqualTo(DimensionSource.COLUMNS_AND_DESCRIPTION);
    }

    @Test
    void theLargerWinsWhenBothGiveASide() {
        assertThat(resolve("Bed frame, 140x200 cm", new Dimensions(147.0, null, null)).dimensions())
                .isEqualTo(new Dimensions(147.0, 200.0, null));
        assertThat(resolve("Bar stool with backrest, 74 cm", Dimensions.of(40, 51, 102)).dimensions())
                .isEqualTo(Dimensions.of(40, 51, 102));
    }

    @Test
    void aRectangularTableWithOneNumberTakesItsDepthFromTheColumns() {
        assertThat(resolve("Table and 4 chairs, 125 cm", new Dimensions(75.0, null, 72.0)).dimensions())
                .isEqualTo(Dimensions.of(125, 75, 72));
    }

    @Test
    void sourceSaysWhereTheSizeCameFrom() {
        assertThat(resolve("3-seat sofa", Dimensions.of(228, 95, 83)).source()).isEqualTo(DimensionSource.COLUMNS);
        assertThat(resolve("Bed frame, 140x200 cm", Dimensions.UNKNOWN).source()).isEqualTo(DimensionSource.DESCRIPTION);
        assertThat(resolve("Bracket for TV, swivel, 37-55 \"", Dimensions.UNKNOWN).source()).isEqualTo(DimensionSource.NONE);
    }

    private Dimensions described(String description) {
        var resolved = resolve(description, Dimensions.UNKNOWN);
        assertThat(resolved.source()).isEqualTo(DimensionSource.DESCRIPTION);
        return resolved.dimensions();
    }

    private ProductSizeResolver.Resolved resolve(String description, Dimensions columns) {
        ShortDescription parsed = ShortDescription.parse(description, parser);
        return resolver.resolve(ProductType.of(parsed.type()), parsed.size(), columns);
    }
}
