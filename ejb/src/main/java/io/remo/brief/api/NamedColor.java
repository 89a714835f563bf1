package io.remo.brief.api;

/** A vocabulary colour with its sRGB value. */
public record NamedColor(String name, int red, int green, int blue) {

    public static NamedColor of(String name) {
        int[] rgb = Vocabulary.COLORS.get(name);
        if (rgb == null) {
            throw new IllegalArgumentException("not a vocabulary colour: " + name);
        }
        return new NamedColor(name, rgb[0], rgb[1], rgb[2]);
    }
}
