package io.remo.brief.api;

import java.util.List;

/**
 * The look and feel of a brief.
 *
 * @param lighting     one of {@link Vocabulary#LIGHTING} (warm, neutral, cool, bright, dim), or null
 * @param colors       wanted colours, from {@link Vocabulary#COLORS}, most important first
 * @param avoidColors  colours the person said no to ("no grey")
 * @param textures     materials and finishes, from {@link Vocabulary#TEXTURES}
 * @param clutterLevel one of {@link Vocabulary#CLUTTER_LEVELS} (minimal, tidy, lived_in), or null
 * @param mood         one of {@link Vocabulary#MOODS}, or null
 * @param styles       design styles, from {@link Vocabulary#STYLES}
 */
public record StyleProfile(
        String lighting,
        List<String> colors,
        List<String> avoidColors,
        List<String> textures,
        String clutterLevel,
        String mood,
        List<String> styles) {

    public static final StyleProfile EMPTY = new StyleProfile(null, List.of(), List.of(), List.of(), null, null, List.of());

    public StyleProfile {
        colors = DesignBrief.copy(colors);
        avoidColors = DesignBrief.copy(avoidColors);
        textures = DesignBrief.copy(textures);
        styles = DesignBrief.copy(styles);
    }
}
