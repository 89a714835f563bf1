package io.remo.brief.prompt;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.EditInstructions;
import io.remo.brief.api.GenerationInstructions;
import io.remo.brief.api.InspirationNote;
import io.remo.brief.api.NamedColor;
import io.remo.brief.api.StyleProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one place that turns a brief into what the engines read: {@link GenerationInstructions} for the two options of
 * a generation (optionally revised by the person's feedback) and {@link EditInstructions} for one lasso region.
 *
 * <p>Structured fields come first and are all the classical engine uses. The diffusion prompts are a fixed template
 * of vocabulary words (a closed set, inserted as they are) and the person's own words (keep items, inspiration
 * notes, feedback, the region instruction), inserted only as quoted data cleaned by {@link TextSanitizer#quotable}:
 * bounded, one line, no quotes or delimiters, no instruction-like phrases. Nothing a person writes can change the
 * template's fixed parts or the negative prompt.
 *
 * <p>No container dependencies: the batch pipeline uses this class as well. Thread-safe.
 */
public final class PromptBuilder {

    /**
     * @param maxQuotedChars      longest piece of the person's words inserted into a prompt
     * @param maxQuotedPhrases    most keep items, and most inspiration notes, inserted
     * @param maxInstructionChars longest region instruction kept ({@link EditInstructions#instruction()})
     * @param maxPaletteColors    most colours in an option's palette
     */
    public record Limits(int maxQuotedChars, int maxQuotedPhrases, int maxInstructionChars, int maxPaletteColors) {

        public static final Limits DEFAULTS = new Limits(80, 6, 300, 5);

        public Limits {
            if (maxQuotedChars < 1 || maxQuotedPhrases < 0 || maxInstructionChars < 1 || maxPaletteColors < 1) {
                throw new IllegalArgumentException("prompt limits out of range");
            }
        }
    }

    /** The two readings of a brief, one per option. */
    public enum Reading {
        /** The brief's palette as given, its lighting as said. */
        FAITHFUL("faithful"),
        /** The same brief with the emphasis on accents and contrast: the most saturated colour leads, one contrast
         * accent is added, warmth is pushed further. */
        BOLDER("bolder");

        private final String label;

        Reading(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final String NEGATIVE_BASE = "blurry, low quality, distorted perspective, warped walls, deformed furniture,"
            + " extra windows, text, watermark, people";
    private static final String PHOTO = "photorealistic interior photograph";
    private static final String SAME_ROOM = "same room layout, camera angle and windows, high detail";

    private static final List<String> NEUTRAL_PALETTE = List.of("white", "cream", "sand");
    private static final Map<String, List<String>> STYLE_PALETTES = Map.ofEntries(
            Map.entry("scandinavian", List.of("white", "cream", "grey")),
            Map.entry("japandi", List.of("cream", "sand", "charcoal")),
            Map.entry("minimalist", List.of("white", "grey", "black")),
            Map.entry("modern", List.of("white", "charcoal", "grey")),
            Map.entry("mid_century", List.of("mustard", "teal", "brown")),
            Map.entry("industrial", List.of("charcoal", "brown", "black")),
            Map.entry("bohemian", List.of("terracotta", "mustard", "olive")),
            Map.entry("coastal", List.of("white", "light_blue", "sand")),
            Map.entry("farmhouse", List.of("cream", "sage", "brown")),
            Map.entry("traditional", List.of("cream", "burgundy", "navy")),
            Map.entry("art_deco", List.of("emerald", "black", "mustard")),
            Map.entry("contemporary", List.of("white", "beige", "charcoal")));
    private static final Map<String, List<String>> MOOD_PALETTES = Map.of(
            "calm", List.of("white", "sage", "sand"),
            "cozy", List.of("cream", "terracotta", "brown"),
            "fresh", List.of("white", "light_blue", "sage"),
            "elegant", List.of("cream", "navy", "charcoal"),
            "playful", List.of("yellow", "teal", "pink"),
            "energetic", List.of("orange", "teal", "white"),
            "romantic", List.of("blush", "cream", "lavender"),
            "natural", List.of("sand", "olive", "brown"));
    /** A designer's contrast partner for each colour, used by the bolder reading. */
    private static final Map<String, String> CONTRAST = Map.ofEntries(
            Map.entry("white", "charcoal"), Map.entry("cream", "navy"), Map.entry("beige", "navy"),
            Map.entry("sand", "teal"), Map.entry("grey", "mustard"), Map.entry("charcoal", "mustard"),
            Map.entry("black", "mustard"), Map.entry("brown", "teal"), Map.entry("terracotta", "teal"),
            Map.entry("rust", "navy"), Map.entry("orange", "navy"), Map.entry("mustard", "navy"),
            Map.entry("yellow", "navy"), Map.entry("sage", "terracotta"), Map.entry("olive", "blush"),
            Map.entry("green", "blush"), Map.entry("emerald", "pink"), Map.entry("teal", "rust"),
            Map.entry("light_blue", "mustard"), Map.entry("blue", "orange"), Map.entry("navy", "mustard"),
            Map.entry("lavender", "olive"), Map.entry("purple", "mustard"), Map.entry("blush", "emerald"),
            Map.entry("pink", "green"), Map.entry("red", "teal"), Map.entry("burgundy", "sage"));
    private static final Map<String, Double> LIGHTING_WARMTH = Map.of("warm", 0.6, "neutral", 0.0, "cool", -0.6,
            "bright", 0.0, "dim", 0.2);
    private static final Map<String, Double> LIGHTING_BRIGHTNESS = Map.of("warm", 0.0, "neutral", 0.0, "cool", 0.0,
            "bright", 0.5, "dim", -0.4);
    private static final Map<String, Double> MOOD_WARMTH = Map.of("cozy", 0.2, "romantic", 0.2, "natural", 0.1,
            "fresh", -0.1);
    private static final Map<String, String> LIGHTING_WORDS = Map.of("warm", "warm lighting", "neutral",
            "neutral white light", "cool", "cool daylight", "bright", "bright natural light", "dim",
            "soft dim lighting");
    private static final Map<String, Double> CLUTTER_DECLUTTER = Map.of("minimal", 0.9, "tidy", 0.5, "lived_in", 0.1);
    private static final double DEFAULT_DECLUTTER = 0.3;
    private static final double CLUTTER_COMPLAINT_DECLUTTER = 0.6;
    private static final double DARK_COMPLAINT_BRIGHTNESS = 0.3;
    private static final double BOLDER_WARMTH_FACTOR = 1.5;
    private static final double INSTRUCTION_WARMTH = 0.6;

    private static final Set<String> CLUTTER_WORDS = Set.of("clutter", "cluttered", "messy", "mess", "storage",
            "chaotic", "busy", "crowded", "stuff");
    private static final Set<String> DARK_WORDS = Set.of("dark", "gloomy", "dim", "dingy", "dull", "light",
            "daylight");

    private static final Pattern REMOVE = Pattern.compile(
            "(?i)\\b(remove|delete|get rid of|take away|take out|clear|erase|without the|no more)\\b");
    private static final Pattern RESIZE = Pattern.compile(
            "(?i)\\b(bigger|smaller|larger|resize|wider|narrower|taller|shorter|scale|shrink|enlarge)\\b");
    private static final Pattern MOVE = Pattern.compile(
            "(?i)\\b(move|shift|reposition|to the left|to the right|closer|further|centre|center)\\b");
    private static final Pattern REPLACE = Pattern.compile(
            "(?i)\\b(replace|swap|instead|new|different|add|put|with an?)\\b");

    private final VocabularyExtractor extractor;
    private final Limits limits;

    public PromptBuilder(VocabularyExtractor extractor, Limits limits) {
        this.extractor = extractor;
        this.limits = limits;
    }

    /** Word lists only, default limits. */
    public PromptBuilder() {
        this(VocabularyExtractor.wordLists(), Limits.DEFAULTS);
    }

    /**
     * Instructions for option 0 (faithful) and option 1 (bolder).
     *
     * @param revisionFeedback the person's words asking for a full regeneration ("warmer, less clutter, no yellow"),
     *                         or null: what it names overrides the brief, and it is quoted into the prompt
     */
    public List<GenerationInstructions> options(DesignBrief brief, String revisionFeedback) {
        return List.of(option(brief, 0, revisionFeedback), option(brief, 1, revisionFeedback));
    }

    public GenerationInstructions option(DesignBrief brief, int optionIndex, String revisionFeedback) {
        if (optionIndex < 0 || optionIndex >= Reading.values().length) {
            throw new IllegalArgumentException("option index must be 0 or 1: " + optionIndex);
        }
        Reading reading = Reading.values()[optionIndex];
        DesignBrief revised = revise(brief == null ? DesignBrief.EMPTY : brief, revisionFeedback);
        StyleProfile look = revised.styleProfile();
        List<String> avoid = look.avoidColors().stream().filter(VocabularyField.COLOR::contains).distinct().toList();
        List<String> palette = reading == Reading.FAITHFUL ? faithfulPalette(revised) : bolderPalette(revised);
        double warmth = warmth(look);
        if (reading == Reading.BOLDER) {
            warmth = clamp(warmth * BOLDER_WARMTH_FACTOR);
        }
        double brightness = brightness(revised);
        double declutter = declutter(revised);
        List<String> keep = revised.keepItems().stream().map(this::quotable).filter(k -> !k.isEmpty())
                .limit(limits.maxQuotedPhrases()).toList();
        String feedback = revisionFeedback == null ? "" : quotable(revisionFeedback);

        String prompt = generationPrompt(reading, revised, palette, declutter, keep, feedback);
        String negative = negativePrompt(avoid.stream().map(PromptBuilder::words).toList());
        return new GenerationInstructions(optionIndex, reading.label(), revised.roomType(), look.styles(),
                palette.stream().map(NamedColor::of).toList(), avoid.stream().map(NamedColor::of).toList(), warmth,
                brightness, look.textures(), look.mood(), declutter, keep, prompt, negative);
    }

    /**
     * Instructions for one lasso region. The action is read from the instruction (remove, resize, reposition,
     * change_finish when it names only a colour or finish, replace otherwise); colour and finish come from the
     * instruction, and for a replacement else from the brief; warmth from the instruction, else the brief; what the
     * instruction or the brief says no to becomes avoid tokens.
     */
    public EditInstructions edit(DesignBrief brief, String instruction) {
        DesignBrief base = brief == null ? DesignBrief.EMPTY : brief;
        String said = TextSanitizer.plain(instruction, limits.maxInstructionChars());
        Extraction extraction = extractor.extract(said);
        List<String> objects = extractor.furnishings(said);
        String action = action(said, extraction);

        List<String> colours = extraction.positive(VocabularyField.COLOR);
        List<String> textures = extraction.positive(VocabularyField.TEXTURE);
        // A new piece takes the brief's colour and finish unless the instruction names its own; a change of finish
        // changes only what the instruction names.
        boolean replaces = action.equals("replace");
        NamedColor target = !colours.isEmpty() ? NamedColor.of(colours.get(0))
                : replaces && !faithfulColours(base).isEmpty() ? NamedColor.of(faithfulColours(base).get(0)) : null;
        String texture = !textures.isEmpty() ? textures.get(0)
                : replaces && !base.styleProfile().textures().isEmpty() ? base.styleProfile().textures().get(0) : null;
        double warmth = extraction.lastPositive(VocabularyField.LIGHTING)
                .map(l -> l.equals("warm") ? INSTRUCTION_WARMTH : l.equals("cool") ? -INSTRUCTION_WARMTH : warmth(
                        base.styleProfile()))
                .orElse(warmth(base.styleProfile()));

        Set<String> avoid = new LinkedHashSet<>();
        base.styleProfile().avoidColors().stream().filter(c -> !colours.contains(c)).map(PromptBuilder::words)
                .forEach(avoid::add);
        Stream.of(VocabularyField.COLOR, VocabularyField.TEXTURE, VocabularyField.STYLE)
                .flatMap(f -> extraction.negative(f).stream()).map(PromptBuilder::words).forEach(avoid::add);
        if (action.equals("remove")) {
            avoid.addAll(objects);
        }
        if (target != null) {
            avoid.remove(words(target.name()));
        }
        if (texture != null) {
            avoid.remove(words(texture));
        }

        Set<String> nudges = new LinkedHashSet<>();
        extraction.positive(VocabularyField.STYLE).stream().map(PromptBuilder::words).forEach(nudges::add);
        extraction.positive(VocabularyField.MOOD).forEach(nudges::add);
        base.styleProfile().styles().stream().map(PromptBuilder::words).forEach(nudges::add);
        if (base.styleProfile().mood() != null) {
            nudges.add(base.styleProfile().mood());
        }

        String prompt = editPrompt(action, target, texture, objects, List.copyOf(nudges), quotable(said));
        return new EditInstructions(action, said, target, texture, warmth, List.copyOf(avoid), List.copyOf(nudges),
                prompt, negativePrompt(List.copyOf(avoid)));
    }

    // ------------------------------------------------------------------------------------------- generation

    /**
     * The brief with the feedback applied: what the feedback says in the positive replaces one-value fields and
     * leads the lists; what it says no to leaves the lists, and such colours join the colours to avoid.
     */
    private DesignBrief revise(DesignBrief brief, String feedback) {
        if (feedback == null || feedback.isBlank()) {
            return brief;
        }
        Extraction said = extractor.extract(TextSanitizer.plain(feedback, limits.maxInstructionChars()));
        StyleProfile look = brief.styleProfile();
        List<String> avoid = merged(look.avoidColors(), said.negative(VocabularyField.COLOR),
                said.positive(VocabularyField.COLOR));
        List<String> colours = merged(said.positive(VocabularyField.COLOR), look.colors(), avoid);
        StyleProfile revised = new StyleProfile(
                single(look.lighting(), said, VocabularyField.LIGHTING),
                colours, avoid,
                merged(said.positive(VocabularyField.TEXTURE), look.textures(), said.negative(VocabularyField.TEXTURE)),
                single(look.clutterLevel(), said, VocabularyField.CLUTTER_LEVEL),
                single(look.mood(), said, VocabularyField.MOOD),
                merged(said.positive(VocabularyField.STYLE), look.styles(), said.negative(VocabularyField.STYLE)));
        return new DesignBrief(single(brief.roomType(), said, VocabularyField.ROOM_TYPE), brief.occupants(),
                brief.painPoints(), brief.keepItems(), revised, brief.constraints(), brief.inspirationNotes());
    }

    private static String single(String current, Extraction said, VocabularyField field) {
        String value = said.lastPositive(field).orElse(current);
        return value != null && said.negative(field).contains(value) && said.lastPositive(field).isEmpty() ? null
                : value;
    }

    /** {@code first} then {@code then}, without duplicates and without {@code without}. */
    private static List<String> merged(List<String> first, List<String> then, List<String> without) {
        Set<String> values = new LinkedHashSet<>(first);
        values.addAll(then);
        values.removeAll(without);
        return List.copyOf(values);
    }

    private List<String> faithfulPalette(DesignBrief brief) {
        List<String> colours = faithfulColours(brief);
        List<String> palette = colours.isEmpty() ? defaultPalette(brief) : colours;
        return palette.stream().limit(limits.maxPaletteColors()).toList();
    }

    /** The colours the person named, minus those to avoid. */
    private static List<String> faithfulColours(DesignBrief brief) {
        List<String> avoid = brief.styleProfile().avoidColors();
        return brief.styleProfile().colors().stream().filter(c -> !avoid.contains(c))
                .filter(VocabularyField.COLOR::contains).distinct().toList();
    }

    /** The palette of the first style that has one, else of the mood, else neutral; never an avoided colour. */
    private static List<String> defaultPalette(DesignBrief brief) {
        StyleProfile look = brief.styleProfile();
        List<String> avoid = look.avoidColors();
        List<List<String>> candidates = new ArrayList<>();
        look.styles().stream().map(STYLE_PALETTES::get).filter(p -> p != null).forEach(candidates::add);
        if (look.mood() != null && MOOD_PALETTES.containsKey(look.mood())) {
            candidates.add(MOOD_PALETTES.get(look.mood()));
        }
        candidates.add(NEUTRAL_PALETTE);
        for (List<String> candidate : candidates) {
            List<String> usable = candidate.stream().filter(c -> !avoid.contains(c)).toList();
            if (!usable.isEmpty()) {
                return usable;
            }
        }
        // Every default is avoided: the least saturated colours the person did not rule out.
        return VocabularyField.COLOR.words().stream().filter(c -> !avoid.contains(c))
                .sorted(Comparator.comparingInt(PromptBuilder::chroma).thenComparing(c -> c)).limit(3).toList();
    }

    /**
     * The faithful colours with the emphasis moved to accents: the most saturated colour first, then the contrast
     * partner of the faithful main colour (unless avoided), then the rest.
     */
    private List<String> bolderPalette(DesignBrief brief) {
        List<String> base = faithfulPalette(brief);
        List<String> palette = new ArrayList<>(base.stream()
                .sorted(Comparator.comparingInt(PromptBuilder::chroma).reversed()).toList());
        String accent = base.isEmpty() ? null : CONTRAST.get(base.get(0));
        if (accent != null && !palette.contains(accent) && !brief.styleProfile().avoidColors().contains(accent)) {
            palette.add(Math.min(1, palette.size()), accent);
        }
        return palette.stream().limit(limits.maxPaletteColors()).toList();
    }

    private static int chroma(String colour) {
        NamedColor c = NamedColor.of(colour);
        return Math.max(c.red(), Math.max(c.green(), c.blue())) - Math.min(c.red(), Math.min(c.green(), c.blue()));
    }

    private static double warmth(StyleProfile look) {
        double warmth = look.lighting() == null ? 0 : LIGHTING_WARMTH.getOrDefault(look.lighting(), 0.0);
        warmth += look.mood() == null ? 0 : MOOD_WARMTH.getOrDefault(look.mood(), 0.0);
        return clamp(warmth);
    }

    private static double brightness(DesignBrief brief) {
        String lighting = brief.styleProfile().lighting();
        double brightness = lighting == null ? 0 : LIGHTING_BRIGHTNESS.getOrDefault(lighting, 0.0);
        // "Too dark" as a complaint asks for light, unless the person also asked for dim light.
        if (!"dim".equals(lighting) && complains(brief, DARK_WORDS)) {
            brightness = Math.max(brightness, DARK_COMPLAINT_BRIGHTNESS);
        }
        return clamp(brightness);
    }

    private static double declutter(DesignBrief brief) {
        String clutter = brief.styleProfile().clutterLevel();
        if (clutter != null && CLUTTER_DECLUTTER.containsKey(clutter)) {
            return CLUTTER_DECLUTTER.get(clutter);
        }
        return complains(brief, CLUTTER_WORDS) ? CLUTTER_COMPLAINT_DECLUTTER : DEFAULT_DECLUTTER;
    }

    private static boolean complains(DesignBrief brief, Set<String> words) {
        return brief.painPoints().stream().flatMap(p -> VocabularyExtractor.words(p).stream())
                .anyMatch(words::contains);
    }

    private String generationPrompt(Reading reading, DesignBrief brief, List<String> palette, double declutter,
            List<String> keep, String feedback) {
        StyleProfile look = brief.styleProfile();
        List<String> parts = new ArrayList<>();
        parts.add(PHOTO + " of a redesigned " + (brief.roomType() == null || brief.roomType().equals("other")
                ? "room" : words(brief.roomType())));
        if (!look.styles().isEmpty()) {
            parts.add(String.join(" and ", look.styles().stream().map(PromptBuilder::words).toList()) + " style");
        }
        if (look.mood() != null) {
            parts.add(look.mood() + " mood");
        }
        parts.add(look.lighting() == null ? "balanced natural light" : LIGHTING_WORDS.get(look.lighting()));
        parts.add("colour palette of " + String.join(", ", palette.stream().map(PromptBuilder::words).toList()));
        if (reading == Reading.BOLDER && palette.size() > 1) {
            parts.add("bold " + words(palette.get(1)) + " accents, strong contrast");
        }
        if (!look.textures().isEmpty()) {
            parts.add("materials: " + String.join(", ", look.textures().stream().map(PromptBuilder::words).toList()));
        }
        parts.add(declutter >= 0.7 ? "clean uncluttered surfaces" : declutter <= 0.2 ? "layered lived-in styling"
                : "tidy styling");
        if (!keep.isEmpty()) {
            parts.add("keep unchanged: " + quoted(keep));
        }
        List<String> notes = brief.inspirationNotes().stream().map(this::note).filter(n -> !n.isEmpty())
                .limit(limits.maxQuotedPhrases()).toList();
        if (!notes.isEmpty()) {
            parts.add("inspiration: " + quoted(notes));
        }
        if (!feedback.isEmpty()) {
            parts.add("revision request: " + quoted(List.of(feedback)));
        }
        parts.add(SAME_ROOM);
        return String.join(", ", parts);
    }

    private String note(InspirationNote note) {
        String text = quotable(note.note());
        String clarification = note.agentClarification() == null ? "" : quotable(note.agentClarification());
        return clarification.isEmpty() ? text : quotable(text + " (" + clarification + ")");
    }

    // ------------------------------------------------------------------------------------------- editing

    private static String action(String instruction, Extraction extraction) {
        if (REMOVE.matcher(instruction).find()) {
            return "remove";
        }
        if (RESIZE.matcher(instruction).find()) {
            return "resize";
        }
        if (MOVE.matcher(instruction).find()) {
            return "reposition";
        }
        boolean namesFinish = !extraction.positive(VocabularyField.COLOR).isEmpty()
                || !extraction.positive(VocabularyField.TEXTURE).isEmpty();
        return namesFinish && !REPLACE.matcher(instruction).find() ? "change_finish" : "replace";
    }

    private static String editPrompt(String action, NamedColor target, String texture, List<String> objects,
            List<String> nudges, String request) {
        List<String> parts = new ArrayList<>();
        if (action.equals("remove")) {
            parts.add("empty space where the object was, continuing the surrounding floor and wall seamlessly");
        } else {
            List<String> subject = new ArrayList<>();
            if (target != null) {
                subject.add(words(target.name()));
            }
            if (texture != null) {
                subject.add(words(texture));
            }
            subject.add(objects.isEmpty() ? "element" : objects.get(objects.size() - 1));
            parts.add("photorealistic " + String.join(" ", subject));
            if (!nudges.isEmpty()) {
                parts.add(String.join(", ", nudges) + " style");
            }
        }
        parts.add("matching the room's lighting and perspective");
        if (!request.isEmpty()) {
            parts.add("request: " + quoted(List.of(request)));
        }
        return String.join(", ", parts);
    }

    // ------------------------------------------------------------------------------------------- text

    private static String negativePrompt(List<String> avoid) {
        return avoid.isEmpty() ? NEGATIVE_BASE : NEGATIVE_BASE + ", " + String.join(", ", avoid);
    }

    private String quotable(String text) {
        return TextSanitizer.quotable(text, limits.maxQuotedChars());
    }

    private static String quoted(List<String> texts) {
        return String.join(", ", texts.stream().map(t -> "\"" + t + "\"").toList());
    }

    private static String words(String vocabularyWord) {
        return vocabularyWord.equals("mid_century") ? "mid-century" : vocabularyWord.replace('_', ' ');
    }

    private static double clamp(double value) {
        return Math.max(-1, Math.min(1, value));
    }
}
