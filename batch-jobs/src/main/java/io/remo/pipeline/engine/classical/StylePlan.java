package io.remo.pipeline.engine.classical;

import io.remo.brief.api.GenerationInstructions;
import io.remo.brief.api.NamedColor;
import io.remo.brief.api.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One option's reading of the brief, in paint: which colour goes where, the floor finish, the light and the tone.
 *
 * <p>Colours: the palette's first colour goes on the walls; the floor takes the brief's floor finish (a texture such as
 * wood or concrete), else the palette's second colour when a floor could be that colour, else the style's finish;
 * furniture and textiles take the remaining colours as accents. Gaps are filled from the first named style's scheme
 * ({@link StyleBook#scheme}). Option 0 ("faithful") assigns accents to furniture from the largest piece down, in
 * palette order; option 1 ("bolder") paints the back wall as an accent wall in the palette's strongest other colour
 * (or a deeper or lighter shade of the wall colour), shuffles the accents, and adds contrast and saturation. The seed drives the
 * shuffle and the choice of accent wall colour, and varies each target by a just noticeable amount (about 1 Delta E),
 * so that two seeds give two renderings of the same reading. No target lies within {@value #AVOID_MARGIN} Delta E of
 * an avoided colour: such a target is moved straight away from it.
 */
record StylePlan(boolean bolder, Paint wall, Paint accentWall, Paint floor, StyleBook.Finish finish, Paint ceiling,
                 List<Paint> accents, List<float[]> keepColours, List<Paint> avoid, double warmth, double brightness,
                 double contrast, double saturation, double declutter, long seed) {

    static final double AVOID_MARGIN = 20;
    private static final double BOLDER_CONTRAST = 0.12;
    private static final double BOLDER_SATURATION = 1.12;
    private static final double TARGET_JITTER = 1.2;

    /** A named target colour in Lab. */
    record Paint(String name, float[] lab) {

        static Paint of(NamedColor color) {
            return new Paint(color.name(), LabPixels.ofRgb(color.red(), color.green(), color.blue()));
        }

        double lightness() {
            return lab[0];
        }

        double chroma() {
            return Math.hypot(lab[1], lab[2]);
        }
    }

    /** How strongly walls move to their target (the rest of the way keeps the photo's own colour variation). */
    double wallStrength() {
        return bolder ? 1.0 : 0.92;
    }

    double furnitureStrength() {
        return bolder ? 0.95 : 0.85;
    }

    static StylePlan of(GenerationInstructions instructions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean bolder = instructions.optionIndex() % 2 == 1;
        StyleBook.Scheme scheme = StyleBook.scheme(instructions.styles());
        List<Paint> avoid = instructions.avoidColors().stream().map(Paint::of).toList();
        List<Paint> palette = instructions.palette().stream().map(Paint::of).toList();

        Paint wall = palette.isEmpty() ? Paint.of(NamedColor.of(scheme.wall())) : palette.get(0);
        StyleBook.Finish finish = StyleBook.floorFinish(instructions.textures());
        Paint floor;
        boolean secondIsFloor = false;
        if (finish == null && palette.size() > 1 && StyleBook.floorLike(palette.get(1).lab())) {
            floor = palette.get(1);
            secondIsFloor = true;
        } else {
            if (finish == null) {
                finish = StyleBook.finish(scheme.floor());
            }
            floor = Paint.of(finish.tone());
        }
        List<Paint> accents = new ArrayList<>();
        for (int i = 1; i < palette.size(); i++) {
            if (i != 1 || !secondIsFloor) {
                accents.add(palette.get(i));
            }
        }
        if (accents.isEmpty()) {
            scheme.accents().forEach(name -> accents.add(Paint.of(NamedColor.of(name))));
        }
        Paint accentWall = null;
        if (bolder) {
            accentWall = strongest(wall, palette, random);
            shuffle(accents, random);
            // The largest piece (usually the sofa, in front of the back wall) must not vanish into the accent wall.
            if (accents.size() > 1 && accents.get(0).name().equals(accentWall.name())) {
                accents.add(accents.remove(0));
            }
        }
        Paint ceiling = Paint.of(NamedColor.of(instructions.warmth() > 0.3 ? "cream" : "white"));

        StyleBook.Mood mood = StyleBook.mood(instructions.mood());
        double contrast = mood.contrast() + (bolder ? BOLDER_CONTRAST : 0);
        double saturation = mood.saturation() * (bolder ? BOLDER_SATURATION : 1);
        double warmth = clamp(instructions.warmth() + mood.warmth(), -1, 1);
        double brightness = clamp(instructions.brightness() + mood.brightness(), -1, 1);

        return new StylePlan(bolder, settled(wall, avoid, random), accentWall == null ? null : settled(accentWall, avoid, random),
                settled(floor, avoid, random), finish, settled(ceiling, avoid, random),
                accents.stream().map(accent -> settled(accent, avoid, random)).toList(),
                keepColours(instructions.keepItems()), avoid, warmth, brightness, contrast, saturation,
                clamp(instructions.declutter(), 0, 1), seed);
    }

    /**
     * The accent wall's colour: among the palette's other colours, one (chosen by the seed) that stands out from the
     * wall by lightness or chroma; failing that, a deeper shade of a light wall colour or a lighter one of a dark.
     */
    private static Paint strongest(Paint wall, List<Paint> palette, SplittableRandom random) {
        List<Paint> candidates = palette.stream()
                .filter(paint -> !paint.name().equals(wall.name()))
                .filter(paint -> paint.lightness() < wall.lightness() - 12 || paint.chroma() > wall.chroma() + 12)
                .toList();
        if (!candidates.isEmpty()) {
            return candidates.get(random.nextInt(candidates.size()));
        }
        float[] lab = wall.lab();
        boolean light = wall.lightness() > 50;
        return new Paint((light ? "deeper " : "lighter ") + wall.name(),
                new float[] {lab[0] + (light ? -25f : 18f), lab[1] * 1.15f, lab[2] * 1.15f});
    }

    private static void shuffle(List<Paint> paints, SplittableRandom random) {
        for (int i = paints.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            paints.set(i, paints.set(j, paints.get(i)));
        }
    }

    /** The paint, varied a little by the seed and moved out of reach of every avoided colour. */
    private static Paint settled(Paint paint, List<Paint> avoid, SplittableRandom random) {
        float[] lab = {
                (float) (paint.lab()[0] + TARGET_JITTER * (2 * random.nextDouble() - 1)),
                (float) (paint.lab()[1] + TARGET_JITTER * (2 * random.nextDouble() - 1)),
                (float) (paint.lab()[2] + TARGET_JITTER * (2 * random.nextDouble() - 1))};
        for (Paint avoided : avoid) {
            AvoidColors.moveAway(lab, avoided.lab(), AVOID_MARGIN);
        }
        return new Paint(paint.name(), lab);
    }

    /** Colours named in the keep items ("the green sofa"): furniture of such a colour is left as it is. */
    private static List<float[]> keepColours(List<String> keepItems) {
        List<float[]> colours = new ArrayList<>();
        for (String item : keepItems) {
            for (String word : item.toLowerCase(Locale.ROOT).split("[^a-z_]+")) {
                String name = word.equals("gray") ? "grey" : word;
                if (Vocabulary.COLORS.containsKey(name)) {
                    colours.add(Paint.of(NamedColor.of(name)).lab());
                }
            }
        }
        return colours;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** What this plan paints, for people (stored as the option's prompt). */
    String describe(int decluttered) {
        StringBuilder text = new StringBuilder("classical restyle, ").append(bolder ? "bolder" : "faithful")
                .append(" reading: walls ").append(wall.name());
        if (accentWall != null) {
            text.append(" with a ").append(accentWall.name()).append(" accent wall");
        }
        text.append("; floor ").append(finish != null ? finish.name().replace('_', ' ') + " finish" : floor.name());
        text.append("; furniture and textiles in ")
                .append(String.join(", ", accents.stream().map(Paint::name).toList()));
        if (!keepColours.isEmpty()) {
            text.append(" (kept as they are: furniture matching the keep items' colours)");
        }
        text.append(String.format(Locale.ROOT, "; light: warmth %+.2f, brightness %+.2f; tone: contrast %+.2f, saturation x%.2f",
                warmth, brightness, contrast, saturation));
        if (decluttered > 0) {
            text.append("; decluttered ").append(decluttered).append(decluttered == 1 ? " small object" : " small objects");
        }
        if (!avoid.isEmpty()) {
            text.append("; kept clear of ").append(String.join(", ", avoid.stream().map(Paint::name).toList()));
        }
        return text.toString();
    }
}
