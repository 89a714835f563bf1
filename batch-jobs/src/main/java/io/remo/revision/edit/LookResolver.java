package io.remo.revision.edit;

import io.remo.brief.api.EditInstructions;
import io.remo.brief.api.NamedColor;
import io.remo.brief.api.Vocabulary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the look of an edit from its instructions. The structured fields come first (target colour, texture); what
 * they leave open is read from vocabulary words in the person's instruction and style nudges ("sage green velvet");
 * what is still open is chosen with the seed, away from the region's current colour and from the avoid tokens, so
 * that a repaint is always visible.
 */
public final class LookResolver {

    /** Finishes a replacement may take when nothing names one: ones that read as a different object. */
    private static final List<String> REPLACEMENT_TEXTURES = List.of("linen", "velvet", "wood", "leather", "marble",
            "rattan", "concrete");

    /** Common words for vocabulary entries. */
    private static final Map<String, String> SYNONYMS = Map.of("gray", "grey", "wooden", "wood", "oak", "light_wood",
            "walnut", "dark_wood", "stone", "marble", "plant", "plants", "jute", "rattan");

    /** How far (largest channel difference) a chosen colour must be from the region's current colour. */
    private static final int MIN_DISTANCE = 70;

    private LookResolver() {
    }

    /**
     * @param currentRgb  the region's mean colour now
     * @param replacement whether the region becomes another object (then it always gets a finish)
     */
    public static Look resolve(EditInstructions instructions, int[] currentRgb, boolean replacement, long seed) {
        Set<String> avoid = instructions.avoidTokens().stream().map(LookResolver::key).collect(Collectors.toSet());
        String words = String.join(" ", instructions.instruction() == null ? "" : instructions.instruction(),
                String.join(" ", instructions.styleNudges()));
        Random random = new Random(seed);

        String texture = instructions.texture() != null ? instructions.texture()
                : named(words, Vocabulary.TEXTURES, avoid);
        if (texture == null && replacement) {
            texture = pick(REPLACEMENT_TEXTURES, avoid, random);
        }
        int[] rgb = rgbOf(instructions.targetColor());
        if (rgb == null) {
            String colour = named(words, Vocabulary.COLORS.keySet().stream().sorted().toList(), avoid);
            rgb = colour != null ? Vocabulary.COLORS.get(colour) : FinishTextures.colour(texture);
        }
        if (rgb == null) {
            rgb = contrasting(currentRgb, avoid, random);
        }
        return new Look(rgb, texture, instructions.warmth());
    }

    private static int[] rgbOf(NamedColor colour) {
        return colour == null ? null : new int[] {colour.red(), colour.green(), colour.blue()};
    }

    /** Vocabulary entries are lower_snake_case; tokens and text are compared as lower-case words. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * The vocabulary entry the text names first, if any. An entry found only as part of a longer one ("blue" in
     * "light blue") does not count.
     */
    static String named(String text, List<String> vocabulary, Set<String> avoid) {
        String words = "_" + key(text) + "_";
        for (Map.Entry<String, String> synonym : SYNONYMS.entrySet()) {
            words = words.replace("_" + synonym.getKey() + "_", "_" + synonym.getValue() + "_");
        }
        String first = null;
        int firstPosition = Integer.MAX_VALUE;
        for (String entry : vocabulary) {
            int position = words.indexOf("_" + entry + "_");
            if (position < 0 || avoid.contains(entry) || partOfLonger(words, entry, position, vocabulary)) {
                continue;
            }
            if (position < firstPosition) {
                first = entry;
                firstPosition = position;
            }
        }
        return first;
    }

    private static boolean partOfLonger(String words, String entry, int position, List<String> vocabulary) {
        int end = position + entry.length() + 1;
        for (String longer : vocabulary) {
            if (longer.length() > entry.length() && longer.contains(entry)) {
                int at = words.indexOf("_" + longer + "_");
                if (at >= 0 && at <= position && at + longer.length() + 1 >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String pick(List<String> candidates, Set<String> avoid, Random random) {
        List<String> allowed = candidates.stream().filter(c -> !avoid.contains(c)).toList();
        return allowed.isEmpty() ? null : allowed.get(random.nextInt(allowed.size()));
    }

    /** A vocabulary colour far from the current one, chosen by the seed; the farthest when none is far enough. */
    private static int[] contrasting(int[] currentRgb, Set<String> avoid, Random random) {
        List<String> names = Vocabulary.COLORS.keySet().stream().filter(name -> !avoid.contains(name)).sorted()
                .toList();
        if (names.isEmpty()) {
            names = Vocabulary.COLORS.keySet().stream().sorted().toList();
        }
        List<String> far = names.stream()
                .filter(name -> distance(Vocabulary.COLORS.get(name), currentRgb) >= MIN_DISTANCE).toList();
        String name = far.isEmpty()
                ? names.stream().max(Comparator.comparingInt(n -> distance(Vocabulary.COLORS.get(n), currentRgb)))
                        .orElseThrow()
                : far.get(random.nextInt(far.size()));
        return Vocabulary.COLORS.get(name);
    }

    private static int distance(int[] a, int[] b) {
        return Math.max(Math.abs(a[0] - b[0]), Math.max(Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])));
    }
}
