package io.remo.brief.api;

import java.util.List;

/**
 * What to do inside one lasso region, read from the person's instruction and the brief.
 *
 * @param action         replace, remove, change_finish, resize or reposition
 * @param instruction    the person's words, sanitised (bounded, no control characters)
 * @param targetColor    the colour the region should take, when the instruction or the brief names one
 * @param texture        the finish it should take (vocabulary texture), or null
 * @param warmth         -1 .. +1, as in {@link GenerationInstructions}
 * @param avoidTokens    words the result must not show
 * @param styleNudges    extra style words
 * @param prompt         text prompt for diffusion inpainting
 * @param negativePrompt what it must avoid
 */
public record EditInstructions(
        String action,
        String instruction,
        NamedColor targetColor,
        String texture,
        double warmth,
        List<String> avoidTokens,
        List<String> styleNudges,
        String prompt,
        String negativePrompt) {

    public EditInstructions {
        avoidTokens = DesignBrief.copy(avoidTokens);
        styleNudges = DesignBrief.copy(styleNudges);
    }
}
