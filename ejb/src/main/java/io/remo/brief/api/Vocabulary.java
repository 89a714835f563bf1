package io.remo.brief.api;

import java.util.List;
import java.util.Map;

/**
 * The words a brief is made of. The intake maps free text onto them; the pipeline maps them onto pixels (colours
 * onto RGB, lighting onto white balance, and so on). Adding a word here is enough for both.
 */
public final class Vocabulary {

    public static final List<String> ROOM_TYPES = List.of("living_room", "bedroom", "kitchen", "dining_room",
            "bathroom", "home_office", "kids_room", "hallway", "other");

    public static final List<String> LIGHTING = List.of("warm", "neutral", "cool", "bright", "dim");

    public static final List<String> CLUTTER_LEVELS = List.of("minimal", "tidy", "lived_in");

    public static final List<String> MOODS = List.of("calm", "cozy", "fresh", "elegant", "playful", "energetic",
            "romantic", "natural");

    public static final List<String> STYLES = List.of("scandinavian", "japandi", "minimalist", "modern",
            "mid_century", "industrial", "bohemian", "coastal", "farmhouse", "traditional", "art_deco", "contemporary");

    public static final List<String> TEXTURES = List.of("wood", "light_wood", "dark_wood", "linen", "wool",
            "velvet", "leather", "marble", "concrete", "brick", "rattan", "metal", "brass", "glass", "ceramic",
            "terrazzo", "plants");

    public static final List<String> CONSTRAINTS = List.of("pets", "kids", "budget_low", "budget_medium",
            "budget_high", "rental", "accessibility", "small_space", "allergies");

    /** Colour words with the sRGB value the pipeline paints with. */
    public static final Map<String, int[]> COLORS = Map.ofEntries(
            Map.entry("white", rgb(0xF4F1EA)),
            Map.entry("cream", rgb(0xEFE6D2)),
            Map.entry("beige", rgb(0xD9C7A7)),
            Map.entry("sand", rgb(0xCDB891)),
            Map.entry("grey", rgb(0x9A9A98)),
            Map.entry("charcoal", rgb(0x3C3D40)),
            Map.entry("black", rgb(0x1E1E1E)),
            Map.entry("brown", rgb(0x7B5538)),
            Map.entry("terracotta", rgb(0xC4673F)),
            Map.entry("rust", rgb(0xA4492A)),
            Map.entry("orange", rgb(0xE07B2E)),
            Map.entry("mustard", rgb(0xD1A33B)),
            Map.entry("yellow", rgb(0xEED15A)),
            Map.entry("sage", rgb(0xA3B18A)),
            Map.entry("olive", rgb(0x6F7045)),
            Map.entry("green", rgb(0x4E7D4E)),
            Map.entry("emerald", rgb(0x1F6E52)),
            Map.entry("teal", rgb(0x2C7A7B)),
            Map.entry("light_blue", rgb(0xA9C6DE)),
            Map.entry("blue", rgb(0x3D6A9E)),
            Map.entry("navy", rgb(0x1F2F4F)),
            Map.entry("lavender", rgb(0xB9A8D0)),
            Map.entry("purple", rgb(0x6B4A86)),
            Map.entry("blush", rgb(0xE6C1BC)),
            Map.entry("pink", rgb(0xD98A9A)),
            Map.entry("red", rgb(0xB23A3A)),
            Map.entry("burgundy", rgb(0x6D2333)));

    private Vocabulary() {
    }

    private static int[] rgb(int value) {
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }
}
