package io.remo.pipeline.engine.classical;

import io.remo.brief.api.NamedColor;
import java.util.List;
import java.util.Map;

/**
 * What the vocabulary's words mean in pixels for the classical engine: moods as tone adjustments, floor finishes as a
 * tone and a texture treatment, and design styles as a default scheme for briefs that name a style but few colours.
 */
final class StyleBook {

    private StyleBook() {
    }

    /**
     * A mood's tone: contrast (the S-curve's strength, 0 = none), saturation factor, and biases added to the brief's
     * warmth and brightness.
     */
    record Mood(double contrast, double saturation, double warmth, double brightness) {

        static final Mood NEUTRAL = new Mood(0, 1, 0, 0);
    }

    private static final Map<String, Mood> MOODS = Map.of(
            "calm", new Mood(-0.10, 0.88, 0.05, 0.05),
            "cozy", new Mood(0.00, 1.00, 0.35, -0.10),
            "fresh", new Mood(0.05, 1.05, -0.15, 0.15),
            "elegant", new Mood(0.15, 0.90, 0.00, -0.05),
            "playful", new Mood(0.05, 1.25, 0.05, 0.10),
            "energetic", new Mood(0.15, 1.30, 0.10, 0.10),
            "romantic", new Mood(-0.05, 0.95, 0.25, 0.00),
            "natural", new Mood(0.00, 0.95, 0.15, 0.05));

    static Mood mood(String name) {
        return name == null ? Mood.NEUTRAL : MOODS.getOrDefault(name, Mood.NEUTRAL);
    }

    /**
     * A floor finish: its tone, how much of the floor's own texture (luminance detail) to keep or strengthen, and a
     * fine mottle (in L* units) for stone-like finishes whose texture is their own, not the old floor's.
     */
    record Finish(String name, NamedColor tone, double detailGain, double mottle) {
    }

    private static final Map<String, Finish> FINISHES = Map.of(
            "wood", new Finish("wood", new NamedColor("wood", 150, 104, 68), 1.35, 0),
            "light_wood", new Finish("light_wood", new NamedColor("light_wood", 199, 164, 120), 1.25, 0),
            "dark_wood", new Finish("dark_wood", new NamedColor("dark_wood", 94, 63, 43), 1.25, 0),
            "concrete", new Finish("concrete", new NamedColor("concrete", 152, 151, 147), 0.45, 2.5),
            "marble", new Finish("marble", new NamedColor("marble", 228, 226, 221), 0.35, 1.5),
            "terrazzo", new Finish("terrazzo", new NamedColor("terrazzo", 206, 199, 190), 0.4, 3.5),
            "ceramic", new Finish("ceramic", new NamedColor("ceramic", 216, 213, 206), 0.6, 1.0),
            "brick", new Finish("brick", new NamedColor("brick", 152, 84, 62), 1.1, 2.0));

    /** The first of the brief's textures that is a floor finish, or null. */
    static Finish floorFinish(List<String> textures) {
        for (String texture : textures) {
            Finish finish = FINISHES.get(texture);
            if (finish != null) {
                return finish;
            }
        }
        return null;
    }

    static Finish finish(String name) {
        return FINISHES.get(name);
    }

    /** A style's default scheme: wall colour, floor finish and accent colours (vocabulary words). */
    record Scheme(String wall, String floor, List<String> accents) {
    }

    /** Used when the brief names neither colours nor styles: light walls, mid wood, muted accents. */
    static final Scheme NEUTRAL_SCHEME = new Scheme("white", "light_wood", List.of("grey", "sage"));

    private static final Map<String, Scheme> SCHEMES = Map.ofEntries(
            Map.entry("scandinavian", new Scheme("white", "light_wood", List.of("grey", "sage", "blush"))),
            Map.entry("japandi", new Scheme("beige", "light_wood", List.of("sand", "olive", "charcoal"))),
            Map.entry("minimalist", new Scheme("white", "concrete", List.of("grey", "charcoal"))),
            Map.entry("modern", new Scheme("white", "dark_wood", List.of("charcoal", "teal", "grey"))),
            Map.entry("mid_century", new Scheme("cream", "wood", List.of("mustard", "teal", "rust"))),
            Map.entry("industrial", new Scheme("grey", "concrete", List.of("charcoal", "rust", "brown"))),
            Map.entry("bohemian", new Scheme("cream", "wood", List.of("terracotta", "mustard", "emerald"))),
            Map.entry("coastal", new Scheme("white", "light_wood", List.of("light_blue", "navy", "sand"))),
            Map.entry("farmhouse", new Scheme("cream", "wood", List.of("sage", "charcoal", "beige"))),
            Map.entry("traditional", new Scheme("beige", "dark_wood", List.of("burgundy", "navy", "cream"))),
            Map.entry("art_deco", new Scheme("emerald", "marble", List.of("mustard", "black", "blush"))),
            Map.entry("contemporary", new Scheme("white", "wood", List.of("grey", "blue", "sand"))));

    static Scheme scheme(List<String> styles) {
        for (String style : styles) {
            Scheme scheme = SCHEMES.get(style);
            if (scheme != null) {
                return scheme;
            }
        }
        return NEUTRAL_SCHEME;
    }

    /** Colours a floor can plausibly take: neutrals and the earthy browns and reds of wood, tile and brick. */
    static boolean floorLike(float[] lab) {
        double chroma = Math.hypot(lab[1], lab[2]);
        double hue = Math.toDegrees(Math.atan2(lab[2], lab[1]));
        return chroma < 20 || hue > 25 && hue < 85 && lab[0] < 75;
    }
}
