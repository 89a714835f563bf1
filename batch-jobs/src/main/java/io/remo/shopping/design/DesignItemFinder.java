package io.remo.shopping.design;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.NamedColor;
import io.remo.brief.api.Vocabulary;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.RegionLabel;
import io.remo.scan.api.RoomDimensions;
import io.remo.shopping.catalog.CategoryGroup;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.matching.StyleLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the furniture and decor of an approved design, for the shopping list. The analysis segmented the room into
 * walls, floor and furniture; each furniture region of enough size becomes an item, named by its shape and place
 * (a wide, low piece standing at the back wall of a living room is its sofa; a tall narrow one a bookcase or a lamp;
 * a low piece in the middle of the floor a coffee table…) and coloured by the design's own pixels. The brief adds
 * what the regions cannot show (a rug, a lamp for the lighting it asks for) and removes what the person keeps; the
 * revisions' instructions name items outright ("a green velvet armchair"). With a scan, region widths are scaled to
 * the measured room.
 * <p>
 * This reads shapes, not objects: a classical segmentation cannot tell a sofa from a sideboard of the same
 * proportions. The diffusion node's segmentation network labels objects; its labels take precedence when present.
 */
public final class DesignItemFinder {

    /** Regions smaller than this share of the image are clutter, not furniture to buy. */
    static final double MIN_REGION_SHARE = 0.004;
    static final int MAX_ITEMS = 10;

    /** What a phrase names: the item it describes and its group. */
    record Noun(String word, CategoryGroup group, String description, Dimensions typicalSize, boolean againstWall) {
    }

    /** Furniture words of instructions and keep items, with a typical size (cm) for items without a measured one. */
    static final List<Noun> NOUNS = List.of(
            new Noun("sofa", CategoryGroup.SEATING, "three-seat sofa", Dimensions.of(220, 90, 80), true),
            new Noun("couch", CategoryGroup.SEATING, "three-seat sofa", Dimensions.of(220, 90, 80), true),
            new Noun("armchair", CategoryGroup.SEATING, "armchair", Dimensions.of(80, 80, 90), false),
            new Noun("chair", CategoryGroup.SEATING, "chair", Dimensions.of(50, 55, 85), false),
            new Noun("stool", CategoryGroup.SEATING, "stool", Dimensions.of(40, 40, 65), false),
            new Noun("pouffe", CategoryGroup.SEATING, "pouffe", Dimensions.of(50, 50, 40), false),
            new Noun("coffee table", CategoryGroup.TABLES, "coffee table", Dimensions.of(110, 60, 45), false),
            new Noun("dining table", CategoryGroup.TABLES, "dining table", Dimensions.of(160, 90, 75), false),
            new Noun("side table", CategoryGroup.TABLES, "side table", Dimensions.of(45, 45, 55), false),
            new Noun("desk", CategoryGroup.TABLES, "desk", Dimensions.of(120, 60, 75), true),
            new Noun("table", CategoryGroup.TABLES, "table", Dimensions.of(120, 70, 75), false),
            new Noun("bookcase", CategoryGroup.STORAGE, "bookcase", Dimensions.of(80, 30, 200), true),
            new Noun("shelf", CategoryGroup.STORAGE, "shelving unit", Dimensions.of(80, 35, 180), true),
            new Noun("sideboard", CategoryGroup.STORAGE, "sideboard", Dimensions.of(160, 45, 80), true),
            new Noun("cabinet", CategoryGroup.STORAGE, "cabinet", Dimensions.of(80, 40, 120), true),
            new Noun("wardrobe", CategoryGroup.STORAGE, "wardrobe", Dimensions.of(150, 60, 200), true),
            new Noun("tv bench", CategoryGroup.STORAGE, "TV bench", Dimensions.of(150, 40, 50), true),
            new Noun("bed", CategoryGroup.BEDS, "double bed frame", Dimensions.of(160, 210, 100), true),
            new Noun("floor lamp", CategoryGroup.LIGHTING, "floor lamp", Dimensions.of(40, 40, 160), false),
            new Noun("lamp", CategoryGroup.LIGHTING, "table lamp", Dimensions.of(25, 25, 45), false),
            new Noun("rug", CategoryGroup.RUGS_AND_FLOORING, "rug", Dimensions.of(200, 300, 1), false),
            new Noun("carpet", CategoryGroup.RUGS_AND_FLOORING, "rug", Dimensions.of(200, 300, 1), false),
            new Noun("mirror", CategoryGroup.DECOR, "mirror", Dimensions.of(60, 3, 120), true),
            new Noun("plant", CategoryGroup.DECOR, "plant pot", Dimensions.of(30, 30, 40), false),
            new Noun("curtain", CategoryGroup.TEXTILES, "curtains", Dimensions.of(145, 1, 250), true),
            new Noun("cushion", CategoryGroup.TEXTILES, "cushion", Dimensions.of(50, 15, 50), false));

    /** The furniture region of the design: where it is and what it looks like. */
    record Region(int x, int y, int width, int height, int area, String colour) {
        double aspect() {
            return width / (double) height;
        }
    }

    public List<DesignItem> find(RgbImage design, GrayImage segmentation, DesignBrief brief, String analysedRoomType,
                                 RoomDimensions room, List<String> instructions) {
        String roomType = brief.roomType() != null ? brief.roomType() : analysedRoomType;
        List<String> textures = brief.styleProfile().textures();
        List<Draft> drafts = new ArrayList<>();
        GrayImage labels = resized(segmentation, design.width(), design.height());
        double metresPerPixel = scale(room, labels);
        for (Region region : furnitureRegions(design, labels)) {
            Noun noun = nounFor(region, labels, roomType, drafts);
            drafts.add(new Draft(noun, List.of(region.colour()), materialsFor(noun, textures),
                    sizeOf(region, noun, metresPerPixel), region.area()));
        }
        addFromBrief(drafts, brief, roomType);
        for (String instruction : instructions) {
            nounIn(instruction).ifPresent(noun -> replaceOrAdd(drafts, noun, instruction, textures));
        }
        removeKept(drafts, brief.keepItems());
        String wall = room == null || room.walls().isEmpty() ? null : longestWall(room);
        List<Draft> ordered = drafts.stream().sorted(Comparator.comparing((Draft d) -> d.noun.group().ordinal())
                .thenComparing(d -> -d.weight)).limit(MAX_ITEMS).toList();
        List<DesignItem> items = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Draft d = ordered.get(i);
            items.add(new DesignItem("item-" + (i + 1), d.noun.group(), describe(d), d.colours, d.materials, d.size,
                    d.noun.againstWall() && wall != null ? Placement.againstWall(wall) : Placement.FLOOR, i));
        }
        return items;
    }

    private static final class Draft {
        Noun noun;
        List<String> colours;
        List<String> materials;
        Dimensions size;
        double weight;

        Draft(Noun noun, List<String> colours, List<String> materials, Dimensions size, double weight) {
            this.noun = noun;
            this.colours = colours;
            this.materials = materials;
            this.size = size;
            this.weight = weight;
        }
    }

    /** Connected furniture regions, largest first, with the design's dominant colour inside each. */
    List<Region> furnitureRegions(RgbImage design, GrayImage labels) {
        int w = labels.width();
        int h = labels.height();
        int[] component = new int[w * h];
        List<Region> regions = new ArrayList<>();
        int[] stack = new int[w * h];
        int next = 1;
        for (int start = 0; start < w * h; start++) {
            if (component[start] != 0 || (labels.pixels()[start] & 0xFF) != RegionLabel.FURNITURE.code()) {
                continue;
            }
            int minX = w, minY = h, maxX = 0, maxY = 0, area = 0;
            long r = 0, g = 0, b = 0;
            int top = 0;
            stack[top++] = start;
            component[start] = next;
            while (top > 0) {
                int p = stack[--top];
                int x = p % w;
                int y = p / w;
                area++;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                r += design.pixels()[3 * p] & 0xFF;
                g += design.pixels()[3 * p + 1] & 0xFF;
                b += design.pixels()[3 * p + 2] & 0xFF;
                for (int q : new int[] {p - 1, p + 1, p - w, p + w}) {
                    if (q >= 0 && q < w * h && component[q] == 0 && Math.abs(q % w - x) <= 1
                            && (labels.pixels()[q] & 0xFF) == RegionLabel.FURNITURE.code()) {
                        component[q] = next;
                        stack[top++] = q;
                    }
                }
            }
            next++;
            if (area >= MIN_REGION_SHARE * w * h) {
                regions.add(new Region(minX, minY, maxX - minX + 1, maxY - minY + 1, area,
                        nearestColour((int) (r / area), (int) (g / area), (int) (b / area))));
            }
        }
        regions.sort(Comparator.comparingInt(Region::area).reversed());
        return regions;
    }

    /** What a region is, from its proportions, its place in the room and the room type. */
    Noun nounFor(Region region, GrayImage labels, String roomType, List<Draft> found) {
        boolean tall = region.height() > labels.height() * 0.35 && region.aspect() < 0.8;
        boolean wideLow = region.aspect() > 1.8;
        boolean onFloorMiddle = region.y() + region.height() > labels.height() * 0.6 && region.aspect() > 1.2
                && region.height() < labels.height() * 0.2;
        String type = roomType == null ? "living_room" : roomType;
        String word = switch (type) {
            case "bedroom" -> wideLow && !has(found, "bed") ? "bed" : tall ? "wardrobe" : "side table";
            case "dining_room", "kitchen" -> wideLow && !has(found, "dining table") ? "dining table" : tall ? "cabinet" : "chair";
            case "home_office" -> wideLow && !has(found, "desk") ? "desk" : tall ? "bookcase" : "chair";
            default -> onFloorMiddle && !has(found, "coffee table") ? "coffee table"
                    : wideLow && !has(found, "sofa") ? "sofa"
                    : tall ? (region.width() > labels.width() * 0.08 ? "bookcase" : "floor lamp")
                    : wideLow ? "sideboard" : "armchair";
        };
        return noun(word);
    }

    /** What the brief asks for that regions do not show: a rug for the floor, a lamp for the lighting. */
    private void addFromBrief(List<Draft> drafts, DesignBrief brief, String roomType) {
        List<String> palette = brief.styleProfile().colors();
        if (!has(drafts, "rug") && !"bathroom".equals(roomType) && !"kitchen".equals(roomType)) {
            String colour = palette.size() > 1 ? palette.get(1) : palette.isEmpty() ? "beige" : palette.get(0);
            drafts.add(new Draft(noun("rug"), List.of(colour), textureOr(brief, List.of("wool", "linen"), "wool"),
                    noun("rug").typicalSize(), 0));
        }
        if (!has(drafts, "floor lamp") && !has(drafts, "lamp") && brief.styleProfile().lighting() != null) {
            String finish = brief.styleProfile().textures().contains("brass") ? "brass" : "metal";
            drafts.add(new Draft(noun("floor lamp"), List.of(), List.of(finish), noun("floor lamp").typicalSize(), 0));
        }
    }

    private static List<String> textureOr(DesignBrief brief, List<String> suitable, String fallback) {
        return brief.styleProfile().textures().stream().filter(suitable::contains).findFirst()
                .map(List::of).orElse(List.of(fallback));
    }

    /** An instruction that names an item replaces the found one of that kind (or adds it) with its words. */
    private void replaceOrAdd(List<Draft> drafts, Noun noun, String instruction, List<String> textures) {
        List<String> colours = List.copyOf(StyleLexicon.colours(instruction));
        List<String> materials = List.copyOf(StyleLexicon.materials(instruction));
        Optional<Draft> existing = drafts.stream().filter(d -> d.noun.description().equals(noun.description())).findFirst();
        Draft draft = existing.orElseGet(() -> {
            Draft added = new Draft(noun, List.of(), materialsFor(noun, textures), noun.typicalSize(), Double.MAX_VALUE);
            drafts.add(added);
            return added;
        });
        if (!colours.isEmpty()) {
            draft.colours = colours;
        }
        if (!materials.isEmpty()) {
            draft.materials = materials;
        }
        draft.weight = Double.MAX_VALUE;
    }

    private static void removeKept(List<Draft> drafts, List<String> keepItems) {
        for (String keep : keepItems) {
            nounIn(keep).ifPresent(noun -> drafts.removeIf(d -> d.noun.description().equals(noun.description())));
        }
    }

    static Optional<Noun> nounIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NOUNS.stream().filter(n -> lower.matches("(?s).*\\b" + n.word() + "s?\\b.*")).findFirst();
    }

    private static List<String> materialsFor(Noun noun, List<String> textures) {
        List<String> suitable = switch (noun.group()) {
            case SEATING, BEDS, TEXTILES, RUGS_AND_FLOORING -> List.of("linen", "wool", "velvet", "leather", "rattan");
            case TABLES, STORAGE -> List.of("wood", "light_wood", "dark_wood", "marble", "metal", "glass", "rattan");
            case LIGHTING -> List.of("brass", "metal", "glass", "ceramic", "rattan");
            case DECOR -> List.of("ceramic", "glass", "brass", "plants");
        };
        return textures.stream().filter(suitable::contains).limit(2).toList();
    }

    private static String describe(Draft draft) {
        List<String> words = new ArrayList<>();
        draft.colours.stream().limit(1).map(StyleLexicon::displayName).forEach(words::add);
        draft.materials.stream().limit(1).map(StyleLexicon::displayName).forEach(words::add);
        words.add(draft.noun.description());
        return String.join(" ", words);
    }

    /** A region's real size: its width scaled by the scan, depth and height from the typical proportions. */
    private static Dimensions sizeOf(Region region, Noun noun, double metresPerPixel) {
        if (metresPerPixel <= 0) {
            return noun.typicalSize();
        }
        double widthCm = region.width() * metresPerPixel * 100;
        double ratio = noun.typicalSize().widthCm() == null ? 1 : widthCm / noun.typicalSize().widthCm();
        ratio = Math.max(0.5, Math.min(2, ratio));
        Dimensions typical = noun.typicalSize();
        return Dimensions.of(Math.round(typical.widthCm() * ratio), Math.round(typical.depthCm() * ratio),
                Math.round(typical.heightCm() * Math.sqrt(ratio)));
    }

    /**
     * Metres per pixel at the back wall: the wall region's widest row spans the room's width (the photo faces a wall).
     * Zero without a scan.
     */
    static double scale(RoomDimensions room, GrayImage labels) {
        if (room == null) {
            return 0;
        }
        int widest = 0;
        for (int y = 0; y < labels.height(); y++) {
            int run = 0;
            for (int x = 0; x < labels.width(); x++) {
                run += labels.at(x, y) == RegionLabel.WALL.code() ? 1 : 0;
            }
            widest = Math.max(widest, run);
        }
        return widest == 0 ? 0 : room.room().width() * room.metresPerUnit() / widest;
    }

    private static String longestWall(RoomDimensions room) {
        return room.walls().stream().max(Comparator.comparingDouble(RoomDimensions.Wall::width)).orElseThrow().id();
    }

    private static boolean has(List<Draft> drafts, String word) {
        Noun noun = noun(word);
        return drafts.stream().anyMatch(d -> d.noun.description().equals(noun.description()));
    }

    static Noun noun(String word) {
        return NOUNS.stream().filter(n -> n.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no noun " + word));
    }

    static String nearestColour(int r, int g, int b) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Map.Entry<String, int[]> colour : Vocabulary.COLORS.entrySet()) {
            int[] c = colour.getValue();
            double d = Math.pow(c[0] - r, 2) + Math.pow(c[1] - g, 2) + Math.pow(c[2] - b, 2);
            if (d < bestDistance) {
                bestDistance = d;
                best = colour.getKey();
            }
        }
        return best;
    }

    /** Nearest-neighbour resize of a label map (labels must not be blended). */
    static GrayImage resized(GrayImage labels, int width, int height) {
        if (labels.width() == width && labels.height() == height) {
            return labels;
        }
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int sy = Math.min(labels.height() - 1, y * labels.height() / height);
            for (int x = 0; x < width; x++) {
                out[y * width + x] = labels.pixels()[sy * labels.width() + Math.min(labels.width() - 1, x * labels.width() / width)];
            }
        }
        return new GrayImage(width, height, out);
    }

    /** Unused colours of the vocabulary are not named: a helper for callers that show them. */
    static NamedColor named(String colour) {
        return NamedColor.of(colour);
    }
}
