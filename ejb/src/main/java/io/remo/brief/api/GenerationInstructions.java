package io.remo.brief.api;

import java.util.List;

/**
 * What one option should look like, read from the brief: the single input both engines take. The classical engine
 * paints with the structured fields; the diffusion engine conditions on {@code prompt} and {@code negativePrompt},
 * which the prompt builder assembles from a fixed template and the brief's (sanitised) words.
 *
 * @param optionIndex    0 or 1: each option is its own reading of the brief
 * @param reading        a short name of that reading ("faithful", "bolder"), for logs and the GeneratedImage row
 * @param roomType       vocabulary room type, or null
 * @param styles         vocabulary styles
 * @param palette        colours to use, most important first (wall, then floor and textiles, then accents)
 * @param avoidColors    colours to keep out of the result
 * @param warmth         white balance: -1 (cool) .. 0 (neutral) .. +1 (warm)
 * @param brightness     exposure: -1 (dim) .. +1 (bright)
 * @param textures       vocabulary textures and finishes
 * @param mood           vocabulary mood, or null
 * @param declutter      0 (keep everything) .. 1 (minimal: clear small objects)
 * @param keepItems      things that must stay as they are
 * @param prompt         text prompt for diffusion models
 * @param negativePrompt what diffusion models must avoid
 */
public record GenerationInstructions(
        int optionIndex,
        String reading,
        String roomType,
        List<String> styles,
        List<NamedColor> palette,
        List<NamedColor> avoidColors,
        double warmth,
        double brightness,
        List<String> textures,
        String mood,
        double declutter,
        List<String> keepItems,
        String prompt,
        String negativePrompt) {

    public GenerationInstructions {
        styles = DesignBrief.copy(styles);
        palette = palette == null ? List.of() : List.copyOf(palette);
        avoidColors = avoidColors == null ? List.of() : List.copyOf(avoidColors);
        textures = DesignBrief.copy(textures);
        keepItems = DesignBrief.copy(keepItems);
    }
}
