package io.remo.shopping.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.StyleProfile;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.RegionLabel;
import io.remo.scan.api.RoomDimensions;
import io.remo.shopping.catalog.CategoryGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignItemFinderTest {

    static final int W = 400;
    static final int H = 300;

    /** A living room: back wall above, floor below, a wide low piece at the wall, a low flat one in the middle. */
    private static GrayImage livingRoom() {
        byte[] labels = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                labels[y * W + x] = (byte) (y < 150 ? RegionLabel.WALL.code() : RegionLabel.FLOOR.code());
            }
        }
        paint(labels, 100, 110, 300, 160, RegionLabel.FURNITURE); // sofa: 200 x 50
        paint(labels, 150, 220, 250, 245, RegionLabel.FURNITURE); // coffee table: 100 x 25, low in the floor
        paint(labels, 20, 60, 45, 200, RegionLabel.FURNITURE);    // a tall narrow piece
        return new GrayImage(W, H, labels);
    }

    private static void paint(byte[] labels, int x0, int y0, int x1, int y1, RegionLabel label) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                labels[y * W + x] = (byte) label.code();
            }
        }
    }

    /** The design is cream everywhere but the sofa, which is green. */
    private static RgbImage design() {
        byte[] pixels = new byte[W * H * 3];
        for (int p = 0; p < W * H; p++) {
            int x = p % W;
            int y = p / W;
            boolean sofa = x >= 100 && x < 300 && y >= 110 && y < 160;
            pixels[3 * p] = (byte) (sofa ? 0x4E : 0xEF);
            pixels[3 * p + 1] = (byte) (sofa ? 0x7D : 0xE6);
            pixels[3 * p + 2] = (byte) (sofa ? 0x4E : 0xD2);
        }
        return new RgbImage(W, H, pixels);
    }

    private static DesignBrief brief(List<String> colors, List<String> textures, String lighting, List<String> keep) {
        return new DesignBrief("living_room", List.of(), List.of(), keep,
                new StyleProfile(lighting, colors, List.of(), textures, null, null, List.of()), List.of(), List.of());
    }

    @Test
    void readsTheRegionsByShapeAndPlaceWithTheirColours() {
        var items = new DesignItemFinder().find(design(), livingRoom(), brief(List.of("cream", "sage"), List.of("linen", "wood"),
                "warm", List.of()), null, null, List.of());
        assertThat(items).extracting(DesignItem::description)
                .contains("green linen three-seat sofa", "cream wood coffee table");
        assertThat(items).extracting(DesignItem::group)
                .contains(CategoryGroup.SEATING, CategoryGroup.TABLES, CategoryGroup.RUGS_AND_FLOORING, CategoryGroup.LIGHTING);
        assertThat(items).filteredOn(i -> i.group() == CategoryGroup.RUGS_AND_FLOORING)
                .singleElement().satisfies(rug -> assertThat(rug.colours()).containsExactly("sage"));
    }

    @Test
    void keptItemsAreNotBoughtAndInstructionsNameItemsOutright() {
        var items = new DesignItemFinder().find(design(), livingRoom(), brief(List.of(), List.of(), null,
                List.of("the green sofa")), null, null, List.of("replace the table with a round marble coffee table"));
        assertThat(items).extracting(DesignItem::description).noneMatch(d -> d.contains("sofa"));
        assertThat(items).filteredOn(i -> i.description().contains("coffee table")).singleElement()
                .satisfies(table -> assertThat(table.materials()).contains("marble"));
    }

    @Test
    void aScanScalesRegionWidthsAndPutsWallPiecesAgainstTheLongestWall() {
        var room = new RoomDimensions(new RoomDimensions.Room(4.0, 5.0, 2.5, "m"), List.of(
                new RoomDimensions.Wall("a", 4.0, 2.5, "north"), new RoomDimensions.Wall("b", 5.0, 2.5, "east")),
                List.of(), null);
        var items = new DesignItemFinder().find(design(), livingRoom(), brief(List.of(), List.of(), null, List.of()), null,
                room, List.of());
        DesignItem sofa = items.stream().filter(i -> i.description().contains("sofa")).findFirst().orElseThrow();
        // 200 of the wall's 400 px at 4 m: the sofa is 2 m wide (typical 220 cm, scaled by 0.91)
        assertThat(sofa.estimatedSize().widthCm()).isEqualTo(200.0);
        assertThat(sofa.placement().wallId()).isEqualTo("b");
    }
}
