package io.remo.shopping.catalog;

import static io.remo.shopping.catalog.CategoryGroup.BEDS;
import static io.remo.shopping.catalog.CategoryGroup.DECOR;
import static io.remo.shopping.catalog.CategoryGroup.LIGHTING;
import static io.remo.shopping.catalog.CategoryGroup.RUGS_AND_FLOORING;
import static io.remo.shopping.catalog.CategoryGroup.SEATING;
import static io.remo.shopping.catalog.CategoryGroup.STORAGE;
import static io.remo.shopping.catalog.CategoryGroup.TABLES;
import static io.remo.shopping.catalog.CategoryGroup.TEXTILES;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which {@link CategoryGroup}s a product belongs to. The catalogue's categories are too coarse for that (IKEA lists a
 * bath mat under "Sofas & armchairs", chair pads under "Chairs", bar stools and bar tables both under "Bar
 * furniture"), so the product's kind decides first: in each conjunct of its head ({@link ProductType}) the last word
 * (or two-word phrase: "TV bench", "table top") with a group names it ("chair pad" is a pad: Textiles; "bed frame" is a
 * bed: Beds; "table and 4 chairs": Tables and Seating; "sofa-bed": Seating and Beds). Parts and fittings (headrest,
 * leg, handle, bracket) belong to no group. Only a kind with no known word falls back to its categories.
 */
public final class CategoryGroups {

    private static final Map<String, Set<CategoryGroup>> WORDS = new HashMap<>();

    static {
        // Parts and fittings belong to no group: a headrest is not what a design's armchair should be matched to.
        name(Set.of(), "headrest", "backrest", "armrest", "leg", "castor", "handle", "knob", "hinge", "bracket",
                "fitting", "connector", "foot", "drawer runner", "suspension rail", "mounting rail", "hook");
        name(Set.of(SEATING), "sofa", "armchair", "chair", "stool", "bench", "pouffe", "footstool", "chaise", "longue",
                "seat", "lounger", "beanbag", "hammock", "recliner", "ottoman");
        name(Set.of(SEATING, BEDS), "sofa-bed", "day-bed", "chair-bed");
        name(Set.of(TABLES), "table", "desk", "workstation", "trestle", "underframe", "island", "table top", "desk top");
        name(Set.of(STORAGE), "bookcase", "shelf", "shelving", "cabinet", "cupboard", "wardrobe", "chest", "drawer",
                "sideboard", "buffet", "storage", "trolley", "rack", "rail", "box", "basket", "unit", "insert",
                "door", "panel", "plinth", "combination", "organiser", "dresser", "tv bench", "tv unit");
        name(Set.of(BEDS), "bed", "cot", "cradle", "mattress", "underbed", "headboard", "bedbase");
        name(Set.of(LIGHTING), "lamp", "light", "lighting", "pendant", "chandelier", "sconce", "spotlight");
        name(Set.of(RUGS_AND_FLOORING), "rug", "carpet", "mat", "runner", "flooring");
        name(Set.of(TEXTILES), "cushion", "pad", "cover", "throw", "blanket", "curtain", "pillow", "bedspread", "quilt",
                "duvet", "textile", "slipcover");
        name(Set.of(DECOR), "mirror", "vase", "plant", "pot", "clock", "screen", "divider", "candle", "picture",
                "poster", "art", "ornament", "parasol", "planter");
    }

    private static final Map<String, CategoryGroup> CATEGORIES = Map.ofEntries(
            Map.entry("Sofas & armchairs", SEATING),
            Map.entry("Chairs", SEATING),
            Map.entry("Café furniture", SEATING),
            Map.entry("Outdoor furniture", SEATING),
            Map.entry("Tables & desks", TABLES),
            Map.entry("Bar furniture", TABLES),
            Map.entry("Bookcases & shelving units", STORAGE),
            Map.entry("Cabinets & cupboards", STORAGE),
            Map.entry("Wardrobes", STORAGE),
            Map.entry("Chests of drawers & drawer units", STORAGE),
            Map.entry("TV & media furniture", STORAGE),
            Map.entry("Sideboards, buffets & console tables", STORAGE),
            Map.entry("Trolleys", STORAGE),
            Map.entry("Children's furniture", STORAGE),
            Map.entry("Beds", BEDS),
            Map.entry("Nursery furniture", BEDS),
            Map.entry("Room dividers", DECOR));

    private CategoryGroups() {
    }

    /** The groups of a product of this kind listed in these categories; empty for parts and when neither tells. */
    public static Set<CategoryGroup> of(String kind, List<String> categories) {
        Set<CategoryGroup> groups = EnumSet.noneOf(CategoryGroup.class);
        boolean named = false;
        for (List<String> conjunct : ProductType.of(kind).conjuncts()) {
            for (int i = conjunct.size() - 1; i >= 0; i--) {
                Set<CategoryGroup> ofWord = i > 0 ? WORDS.get(conjunct.get(i - 1) + " " + conjunct.get(i)) : null;
                if (ofWord == null) {
                    ofWord = groupsOfWord(conjunct.get(i));
                }
                if (ofWord != null) {
                    groups.addAll(ofWord);
                    named = true;
                    break;
                }
            }
        }
        if (!named) {
            categories.stream().map(CATEGORIES::get).filter(group -> group != null).forEach(groups::add);
        }
        return groups;
    }

    /** The groups a known word names (none for a part), for a hyphenated word its whole or else its last known part; null for an unknown word. */
    private static Set<CategoryGroup> groupsOfWord(String word) {
        Set<CategoryGroup> named = WORDS.get(word);
        if (named != null) {
            return named;
        }
        List<String> parts = ProductType.partsOf(word);
        for (int i = parts.size() - 1; i >= 0; i--) {
            named = WORDS.get(parts.get(i));
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    private static void name(Set<CategoryGroup> groups, String... words) {
        for (String word : words) {
            WORDS.put(word, groups);
        }
    }
}
