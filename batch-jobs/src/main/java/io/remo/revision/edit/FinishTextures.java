package io.remo.revision.edit;

import java.util.Map;
import java.util.Random;

/**
 * Procedural finishes for the vocabulary textures: a luminance pattern roughly in [-1, 1] and how strongly it shows
 * (in Lab L units), plus the colour a finish has when the instruction names none. Sizes follow the image's scale, so
 * that a plank or a brick is the same fraction of the room at every resolution.
 */
final class FinishTextures {

    /** Pattern strength in L units (0..100), per texture; unknown finishes get {@link #DEFAULT_STRENGTH}. */
    private static final Map<String, Double> STRENGTH = Map.ofEntries(
            Map.entry("wood", 9.0), Map.entry("light_wood", 8.0), Map.entry("dark_wood", 7.0),
            Map.entry("linen", 4.0), Map.entry("wool", 5.0), Map.entry("velvet", 7.0), Map.entry("leather", 6.0),
            Map.entry("marble", 14.0), Map.entry("concrete", 7.0), Map.entry("brick", 12.0), Map.entry("rattan", 10.0),
            Map.entry("metal", 6.0), Map.entry("brass", 8.0), Map.entry("glass", 10.0), Map.entry("ceramic", 5.0),
            Map.entry("terrazzo", 12.0), Map.entry("plants", 14.0));

    private static final double DEFAULT_STRENGTH = 3.0;

    /** sRGB of each finish, for when no colour is asked for. */
    private static final Map<String, int[]> COLOURS = Map.ofEntries(
            Map.entry("wood", new int[] {150, 108, 66}), Map.entry("light_wood", new int[] {200, 166, 122}),
            Map.entry("dark_wood", new int[] {86, 60, 42}), Map.entry("linen", new int[] {226, 218, 200}),
            Map.entry("wool", new int[] {205, 196, 180}), Map.entry("velvet", new int[] {31, 110, 82}),
            Map.entry("leather", new int[] {124, 78, 48}), Map.entry("marble", new int[] {236, 234, 228}),
            Map.entry("concrete", new int[] {150, 150, 146}), Map.entry("brick", new int[] {168, 84, 60}),
            Map.entry("rattan", new int[] {204, 166, 110}), Map.entry("metal", new int[] {162, 164, 168}),
            Map.entry("brass", new int[] {181, 148, 72}), Map.entry("glass", new int[] {196, 216, 222}),
            Map.entry("ceramic", new int[] {240, 238, 232}), Map.entry("terrazzo", new int[] {226, 220, 208}),
            Map.entry("plants", new int[] {78, 118, 66}));

    private FinishTextures() {
    }

    static double strength(String texture) {
        return texture == null ? DEFAULT_STRENGTH : STRENGTH.getOrDefault(texture, DEFAULT_STRENGTH);
    }

    /** The finish's own colour, or null for none or an unknown finish. */
    static int[] colour(String texture) {
        return texture == null ? null : COLOURS.get(texture);
    }

    /**
     * @param pixelScale image width / 1024
     */
    static float[] pattern(String texture, int width, int height, double pixelScale, long seed) {
        Random random = new Random(seed);
        double unit = 12 * pixelScale;
        String name = texture == null ? "" : texture;
        return switch (name) {
            case "wood", "light_wood", "dark_wood" -> wood(width, height, unit, random);
            case "marble" -> marble(width, height, unit, random);
            case "brick" -> brick(width, height, unit, random);
            case "terrazzo" -> terrazzo(width, height, unit, random);
            case "linen", "wool", "rattan" -> weave(width, height, unit * (name.equals("rattan") ? 1 : 0.4), random);
            case "metal", "brass" -> brushed(width, height, unit, random);
            case "glass", "ceramic" -> sheen(width, height, unit, random);
            case "plants" -> leaves(width, height, unit, random);
            case "concrete", "leather", "velvet" -> ValueNoise.fractal(width, height, unit * 3, 4, random);
            default -> ValueNoise.fractal(width, height, unit, 2, random);
        };
    }

    /** Grain along x: rings bent by slow noise, with streaks. */
    private static float[] wood(int width, int height, double unit, Random random) {
        float[] bend = ValueNoise.field(width, height, unit * 8, unit * 4, random);
        float[] streaks = ValueNoise.field(width, height, unit * 6, unit / 4, random);
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                out[i] = (float) (0.7 * Math.sin(2 * Math.PI * (y / unit + 1.5 * bend[i])) + 0.3 * streaks[i]);
            }
        }
        return out;
    }

    /** Light stone with thin dark veins. */
    private static float[] marble(int width, int height, double unit, Random random) {
        float[] turbulence = ValueNoise.fractal(width, height, unit * 8, 4, random);
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double t = Math.abs(Math.sin(2 * Math.PI * ((x + 0.6 * y) / (unit * 10) + 2.5 * turbulence[i])));
                out[i] = (float) (0.3 - 1.3 * Math.pow(1 - t, 12));
            }
        }
        return out;
    }

    /** Running bond: bricks of varying tone between light mortar joints. */
    private static float[] brick(int width, int height, double unit, Random random) {
        double courseHeight = unit * 2;
        double brickWidth = courseHeight * 2.2;
        double joint = Math.max(1, unit / 5);
        float[] grain = ValueNoise.field(width, height, unit / 2, unit / 2, random);
        long toneSeed = random.nextLong();
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            int course = (int) (y / courseHeight);
            double inCourse = y - course * courseHeight;
            for (int x = 0; x < width; x++) {
                double shifted = x + (course % 2) * brickWidth / 2;
                int brick = (int) (shifted / brickWidth);
                double inBrick = shifted - brick * brickWidth;
                int i = y * width + x;
                if (inCourse < joint || inBrick < joint) {
                    out[i] = 1f;
                } else {
                    double tone = unitHash(toneSeed, course * 7919L + brick) - 0.5;
                    out[i] = (float) (-0.4 + tone + 0.2 * grain[i]);
                }
            }
        }
        return out;
    }

    /** A repeatable number in [0, 1) for a key (SplitMix64's finalizer). */
    private static double unitHash(long seed, long key) {
        long z = seed + key * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }

    /** Chips of stone scattered in a smooth ground. */
    private static float[] terrazzo(int width, int height, double unit, Random random) {
        float[] out = ValueNoise.fractal(width, height, unit * 4, 2, random);
        for (int i = 0; i < out.length; i++) {
            out[i] *= 0.2f;
        }
        int chips = (int) (width * height / (unit * unit * 2));
        for (int c = 0; c < chips; c++) {
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            double radius = unit * (0.1 + 0.3 * random.nextDouble());
            float tone = random.nextBoolean() ? -1f : 0.8f;
            for (int y = (int) Math.max(0, cy - radius); y <= Math.min(height - 1, cy + radius); y++) {
                for (int x = (int) Math.max(0, cx - radius); x <= Math.min(width - 1, cx + radius); x++) {
                    if (Math.hypot(x - cx, y - cy) <= radius) {
                        out[y * width + x] = tone;
                    }
                }
            }
        }
        return out;
    }

    /** Over-and-under threads. */
    private static float[] weave(int width, int height, double unit, Random random) {
        float[] fibre = ValueNoise.field(width, height, Math.max(1, unit / 2), Math.max(1, unit / 2), random);
        double period = Math.max(2, unit);
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double warp = Math.sin(2 * Math.PI * x / period);
                double weft = Math.sin(2 * Math.PI * y / period);
                out[y * width + x] = (float) (0.7 * warp * weft + 0.3 * fibre[y * width + x]);
            }
        }
        return out;
    }

    /** Brushed metal: long streaks along x under a soft highlight. */
    private static float[] brushed(int width, int height, double unit, Random random) {
        float[] streaks = ValueNoise.field(width, height, unit * 10, Math.max(1, unit / 8), random);
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            double highlight = Math.cos(Math.PI * (y - height * 0.35) / height);
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (float) (0.5 * streaks[y * width + x] + 0.5 * highlight);
            }
        }
        return out;
    }

    /** A smooth glossy gradient with a diagonal highlight. */
    private static float[] sheen(int width, int height, double unit, Random random) {
        float[] ripple = ValueNoise.field(width, height, unit * 6, unit * 6, random);
        float[] out = new float[width * height];
        double diagonal = width + height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double along = (x + y) / diagonal;
                double highlight = Math.exp(-Math.pow((along - 0.35) / 0.06, 2));
                out[y * width + x] = (float) (0.5 - along + 1.2 * highlight + 0.2 * ripple[y * width + x]);
            }
        }
        return out;
    }

    /** Leafy blotches: light and dark patches with sharp-ish edges. */
    private static float[] leaves(int width, int height, double unit, Random random) {
        float[] out = ValueNoise.fractal(width, height, unit * 2, 3, random);
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.tanh(4 * out[i]);
        }
        return out;
    }
}
