package io.remo.shopping.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.scan.api.RoomDimensions;
import io.remo.scan.api.RoomDimensions.Opening;
import io.remo.scan.api.RoomDimensions.Room;
import io.remo.scan.api.RoomDimensions.Wall;
import io.remo.shopping.catalog.CategoryGroup;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.design.DesignItem;
import io.remo.shopping.design.Placement;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitCheckerTest {

    /**
     * 4.0 × 3.5 m, 2.4 m high. Wall B (3.5 m) has a 0.9 m door 0.2 m from its left end; wall C (4.0 m) a 1.2 m wide,
     * 1.2 m high window 1.5 m from its left end, so its sill is at 0.9 m.
     */
    private static final RoomDimensions ROOM = new RoomDimensions(new Room(4.0, 3.5, 2.4, "m"),
            List.of(new Wall("A", 4.0, 2.4, "north"), new Wall("B", 3.5, 2.4, "east"), new Wall("C", 4.0, 2.4, "south"),
                    new Wall("D", 3.5, 2.4, "west")),
            List.of(new Opening("door", "B", 0.9, 2.1, 0.2), new Opening("window", "C", 1.2, 1.2, 1.5)), null);

    private final FitChecker checker = new FitChecker();

    @Test
    void aBookcaseFitsAFreeWall() {
        FitResult fit = check(CategoryGroup.STORAGE, "A", "bookcase", Dimensions.of(80, 28, 202), ROOM);
        assertThat(fit).isEqualTo(new FitResult(FitStatus.FITS, "Wall A is 4.0 m — this bookcase is 80 cm wide."));
    }

    @Test
    void aWideBookcaseOnANarrowWallIsTooLarge() {
        RoomDimensions alcove = new RoomDimensions(new Room(2.4, 3.0, 2.5, "m"),
                List.of(new Wall("N", 2.4, 2.5, "north")), List.of(), null);
        assertThat(check(CategoryGroup.STORAGE, "N", "bookcase", Dimensions.of(200, 40, 202), alcove))
                .isEqualTo(new FitResult(FitStatus.FITS, "Wall N is 2.4 m — this bookcase is 2.0 m wide."));
        assertThat(check(CategoryGroup.STORAGE, "N", "bookcase", Dimensions.of(235, 40, 202), alcove))
                .isEqualTo(new FitResult(FitStatus.TIGHT, "Wall N is 2.4 m — this bookcase is 2.35 m wide, leaving less than 10 cm each side."));
        assertThat(check(CategoryGroup.STORAGE, "N", "bookcase", Dimensions.of(260, 40, 202), alcove))
                .isEqualTo(new FitResult(FitStatus.TOO_LARGE, "Wall N is 2.4 m — this bookcase is 2.6 m wide."));
    }

    @Test
    void aSofaCannotStandAcrossADoor() {
        FitResult fit = check(CategoryGroup.SEATING, "B", "3-seat sofa", Dimensions.of(228, 95, 83), ROOM);
        assertThat(fit).isEqualTo(new FitResult(FitStatus.TIGHT, "The longest stretch of wall B clear of its door and "
                + "windows is 2.4 m — this 3-seat sofa is 2.28 m wide, leaving less than 10 cm each side."));
        assertThat(check(CategoryGroup.SEATING, "B", "4-seat sofa", Dimensions.of(264, 95, 83), ROOM).status())
                .isEqualTo(FitStatus.TOO_LARGE);
    }

    @Test
    void aWindowBlocksTallPiecesButNotLowOnes() {
        assertThat(check(CategoryGroup.SEATING, "C", "3-seat sofa", Dimensions.of(228, 95, 83), ROOM))
                .isEqualTo(new FitResult(FitStatus.FITS, "Wall C is 4.0 m — this 3-seat sofa is 2.28 m wide."));
        assertThat(check(CategoryGroup.STORAGE, "C", "bookcase", Dimensions.of(147, 39, 147), ROOM))
                .isEqualTo(new FitResult(FitStatus.TIGHT, "The longest stretch of wall C clear of its door and windows "
                        + "is 1.5 m — this bookcase is 1.47 m wide, leaving less than 10 cm each side."));
        assertThat(check(CategoryGroup.STORAGE, "C", "bookcase", Dimensions.of(160, 39, 147), ROOM).status())
                .isEqualTo(FitStatus.TOO_LARGE);
    }

    @Test
    void tallPiecesAgainstTheCeiling() {
        assertThat(check(CategoryGroup.STORAGE, "A", "wardrobe", Dimensions.of(100, 58, 236), ROOM)).isEqualTo(
                new FitResult(FitStatus.TIGHT, "Your ceiling is 2.4 m — this wardrobe is 2.36 m tall, with less than 5 cm to spare to stand it up."));
        assertThat(check(CategoryGroup.STORAGE, "A", "wardrobe", Dimensions.of(100, 58, 250), ROOM)).isEqualTo(
                new FitResult(FitStatus.TOO_LARGE, "Your ceiling is 2.4 m — this wardrobe is 2.5 m tall."));
    }

    @Test
    void aBedNeedsAWalkwayAtItsFoot() {
        assertThat(check(CategoryGroup.BEDS, "A", "bed frame", Dimensions.of(160, 209, 100), ROOM).status())
                .isEqualTo(FitStatus.FITS);
        RoomDimensions shallow = new RoomDimensions(new Room(4.0, 2.5, 2.4, "m"),
                List.of(new Wall("A", 4.0, 2.4, "north")), List.of(), null);
        assertThat(check(CategoryGroup.BEDS, "A", "bed frame", Dimensions.of(160, 209, 100), shallow)).isEqualTo(
                new FitResult(FitStatus.TIGHT, "Against wall A this bed frame leaves 41 cm to walk in front of it (60 cm recommended)."));
        assertThat(check(CategoryGroup.BEDS, "A", "bed frame", Dimensions.of(160, 260, 100), shallow)).isEqualTo(
                new FitResult(FitStatus.TOO_LARGE, "The room is 2.5 m deep from wall A — this bed frame is 2.6 m deep."));
    }

    @Test
    void rugsKeepABorderOfFloorAndFitTheFloorArea() {
        assertThat(check(CategoryGroup.RUGS_AND_FLOORING, null, "rug", new Dimensions(170.0, 240.0, null), ROOM))
                .isEqualTo(new FitResult(FitStatus.FITS, "Your room is 4.0 × 3.5 m — this rug is 1.7 × 2.4 m and leaves at least 20 cm of floor around it."));
        assertThat(check(CategoryGroup.RUGS_AND_FLOORING, null, "rug", new Dimensions(300.0, 380.0, null), ROOM))
                .isEqualTo(new FitResult(FitStatus.TIGHT, "Your room is 4.0 × 3.5 m — this rug is 3.0 × 3.8 m, leaving less than 20 cm of floor around it."));
        assertThat(check(CategoryGroup.RUGS_AND_FLOORING, null, "rug", new Dimensions(300.0, 420.0, null), ROOM).status())
                .isEqualTo(FitStatus.TOO_LARGE);
        RoomDimensions lShaped = new RoomDimensions(ROOM.room(), ROOM.walls(), ROOM.openings(), 8.0);
        assertThat(check(CategoryGroup.RUGS_AND_FLOORING, null, "rug", new Dimensions(250.0, 350.0, null), lShaped))
                .isEqualTo(new FitResult(FitStatus.TOO_LARGE, "Your floor is 8.0 m² — this rug covers 8.8 m²."));
    }

    @Test
    void freeStandingFurnitureKeepsAWalkwayAround() {
        assertThat(check(CategoryGroup.TABLES, null, "coffee table", Dimensions.of(118, 50, 50), ROOM)).isEqualTo(
                new FitResult(FitStatus.FITS, "Your room is 4.0 × 3.5 m — this coffee table is 118 × 50 cm and leaves at least 60 cm to walk around it."));
        assertThat(check(CategoryGroup.TABLES, null, "dining table", Dimensions.of(300, 100, 75), ROOM).status())
                .isEqualTo(FitStatus.TIGHT);
    }

    @Test
    void theScansUnitDoesNotMatter() {
        RoomDimensions inFeet = new RoomDimensions(new Room(4.0 / 0.3048, 3.5 / 0.3048, 2.4 / 0.3048, "ft"),
                List.of(new Wall("B", 3.5 / 0.3048, 2.4 / 0.3048, "east")),
                List.of(new Opening("door", "B", 0.9 / 0.3048, 2.1 / 0.3048, 0.2 / 0.3048)), null);
        assertThat(check(CategoryGroup.SEATING, "B", "3-seat sofa", Dimensions.of(228, 95, 83), inFeet))
                .isEqualTo(check(CategoryGroup.SEATING, "B", "3-seat sofa", Dimensions.of(228, 95, 83), ROOM));
    }

    @Test
    void withoutAScanThereIsNoVerdict() {
        assertThat(check(CategoryGroup.SEATING, "B", "3-seat sofa", Dimensions.of(228, 95, 83), null)).isNull();
    }

    @Test
    void anUnknownSizeCannotBeChecked() {
        assertThat(check(CategoryGroup.TEXTILES, null, "cover", Dimensions.UNKNOWN, ROOM))
                .isEqualTo(new FitResult(null, "The catalogue gives no size for this cover; measure it before buying."));
    }

    @Test
    void clearancesAreSettings() {
        var generous = new FitChecker(new Clearances(60, 30, 5, 20, 210));
        DesignItem item = item(CategoryGroup.STORAGE, "A");
        assertThat(generous.check(item, "bookcase", Dimensions.of(350, 28, 202), ROOM).status()).isEqualTo(FitStatus.TIGHT);
        assertThat(checker.check(item, "bookcase", Dimensions.of(350, 28, 202), ROOM).status()).isEqualTo(FitStatus.FITS);
    }

    private FitResult check(CategoryGroup group, String wallId, String noun, Dimensions size, RoomDimensions room) {
        return checker.check(item(group, wallId), noun, size, room);
    }

    private static DesignItem item(CategoryGroup group, String wallId) {
        return new DesignItem("item", group, "something", List.of(), List.of(), null,
                wallId == null ? Placement.FLOOR : Placement.againstWall(wallId), 0);
    }
}
