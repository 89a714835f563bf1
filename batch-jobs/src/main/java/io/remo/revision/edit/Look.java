package io.remo.revision.edit;

/**
 * What a restyled region should look like.
 *
 * @param rgb     its colour, sRGB
 * @param texture a vocabulary texture, or null for the region's own detail only
 * @param warmth  -1 (cool) .. +1 (warm)
 */
public record Look(int[] rgb, String texture, double warmth) {
}
