package io.remo.shopping.matching;

import io.remo.brief.api.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Colour and material words of free text, as brief vocabulary names: "dark grey stained oak veneer" is the colour
 * charcoal and the materials light_wood and wood. Retailer words map onto the vocabulary (anthracite → charcoal,
 * turquoise → teal, birch → light_wood, chrome → metal); two-word colours are read before their parts.
 */
public final class StyleLexicon {

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}-]+");
    private static final Map<String, List<String>> COLOURS = new HashMap<>();
    private static final Map<String, List<String>> MATERIALS = new HashMap<>();

    static {
        Vocabulary.COLORS.keySet().forEach(name -> COLOURS.put(name.replace('_', ' '), List.of(name)));
        colour("white", "off white", "off-white");
        colour("cream", "ivory");
        colour("grey", "gray", "light grey", "light gray", "silver", "silver-colour");
        colour("charcoal", "anthracite", "dark grey", "dark gray", "graphite");
        colour("sage", "light green");
        colour("emerald", "dark green");
        colour("teal", "turquoise", "petrol");
        colour("navy", "dark blue");
        colour("lavender", "lilac");
        colour("blush", "light pink");
        colour("burgundy", "wine", "wine red", "dark red");
        colour("mustard", "golden yellow");

        Vocabulary.TEXTURES.forEach(name -> MATERIALS.put(name.replace('_', ' '), List.of(name)));
        material("light_wood", "oak", "birch", "pine", "ash", "beech", "bamboo", "spruce");
        material("dark_wood", "walnut", "wenge", "mahogany");
        material("wood", "acacia", "teak", "veneer", "plywood", "softwood", "solid wood", "eucalyptus");
        material("rattan", "wicker", "cane", "seagrass", "banana fibre");
        material("metal", "steel", "stainless", "chrome", "chrome-plated", "aluminium", "aluminum", "iron",
                "galvanised", "galvanized");
        material("brass", "gold", "golden", "gold-colour", "bronze", "brass-colour");
        material("glass", "mirror", "mirror glass");
        material("ceramic", "porcelain", "stoneware", "earthenware");
        material("plants", "plant");
        material("velvet", "velour");
        material("leather", "leather-look");
        material("linen", "linen-look");
    }

    private StyleLexicon() {
    }

    /** Vocabulary colour names in the text, in order of appearance. */
    public static Set<String> colours(String text) {
        return find(text, COLOURS);
    }

    /** Vocabulary texture names the text names, in order of appearance. */
    public static Set<String> namedMaterials(String text) {
        return find(text, MATERIALS);
    }

    /** What a thing described so is made of: {@link #namedMaterials} and what they imply (oak is wood, brass metal). */
    public static Set<String> materials(String text) {
        Set<String> found = find(text, MATERIALS);
        if (found.contains("light_wood") || found.contains("dark_wood")) {
            found.add("wood");
        }
        if (found.contains("brass")) {
            found.add("metal");
        }
        return found;
    }

    /** "light_wood" → "light wood", for sentences. */
    public static String displayName(String vocabularyName) {
        return vocabularyName.replace('_', ' ');
    }

    private static Set<String> find(String text, Map<String, List<String>> lexicon) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTER.split(text.toLowerCase(Locale.ROOT).replace('_', ' '))) {
            // "black-brown" is two colours, "off-white" one
            words.addAll(lexicon.containsKey(word) ? List.of(word) : Arrays.asList(word.split("-")));
        }
        words.removeIf(String::isEmpty);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> pair = i + 1 < words.size() ? lexicon.get(words.get(i) + " " + words.get(i + 1)) : null;
            if (pair != null) {
                found.addAll(pair);
                i++;
            } else {
                found.addAll(lexicon.getOrDefault(words.get(i), List.of()));
            }
        }
        return found;
    }

    private static void colour(String name, String... words) {
        Arrays.stream(words).forEach(word -> COLOURS.put(word, List.of(name)));
    }

    private static void material(String name, String... words) {
        Arrays.stream(words).forEach(word -> MATERIALS.put(word, List.of(name)));
    }
}
