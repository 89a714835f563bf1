package io.remo.brief.prompt;

import static io.remo.brief.prompt.VocabularyField.COLOR;
import static io.remo.brief.prompt.VocabularyField.LIGHTING;
import static io.remo.brief.prompt.VocabularyField.MOOD;
import static io.remo.brief.prompt.VocabularyField.STYLE;
import static io.remo.brief.prompt.VocabularyField.TEXTURE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Matches a phrase the word lists do not know onto the look vocabulary (lighting, mood, style, texture, colour) by
 * sentence-embedding similarity: "sun-drenched" → bright, "cottagecore" → farmhouse, "moody" → dim.
 *
 * <p>Every value has a few short descriptions ("farmhouse", "country cottage", "rustic farmhouse"); the phrase and
 * the descriptions are embedded in the same frame, "a … room", and compared by cosine similarity. Single words are
 * a weak signal for a sentence model (with all-MiniLM-L6-v2 almost any word scores 0.6 against "a cozy room"), so a
 * value is taken only when all three hold, with the defaults of {@link Thresholds#DEFAULTS}:
 * <ul>
 * <li>similarity to the value's closest description at least {@code minSimilarity} (0.65);</li>
 * <li>that similarity exceeds the phrase's similarity to the bare frame "a room" by at least {@code minLift}
 * (0.03): the phrase says something the plain room does not;</li>
 * <li>it also exceeds the similarity to every off-topic anchor (weather, food, sport, time, people, furniture
 * pieces, money) by at least {@code minMargin} (0.03): "nice weather" is closer to "a weather room" than to
 * "a cool daylight room".</li>
 * </ul>
 * Only the single closest value is returned. Measured on the quantized all-MiniLM-L6-v2: sun-drenched → bright
 * (lift 0.12, margin 0.05), cottagecore → farmhouse (0.15, 0.13), moody → dim (0.05, 0.06); weather, football,
 * lovely, dinner, sofa → nothing (their lift or margin is negative).
 *
 * <p>The descriptions are embedded once, on first use. Thread-safe.
 */
public final class EmbeddingPhraseMatcher implements PhraseMatcher {

    /**
     * @param minSimilarity the least cosine similarity to the value's closest description
     * @param minLift       by how much that must exceed the similarity to the bare frame "a room"
     * @param minMargin     by how much that must exceed the similarity to every off-topic anchor
     */
    public record Thresholds(double minSimilarity, double minLift, double minMargin) {

        public static final Thresholds DEFAULTS = new Thresholds(0.65, 0.03, 0.03);
    }

    private static final String FRAME = "a %s room";
    private static final String BARE_FRAME = "a room";

    private static final Map<Term, List<String>> DESCRIPTIONS = descriptions();

    private static final List<String> OFF_TOPIC = List.of("weather", "rain", "hot weather", "cold weather",
            "football", "sports game", "dinner", "food", "cooking", "today", "yesterday", "weekend", "night",
            "monday", "family", "friends", "neighbours", "work", "job", "sofa", "chair", "table", "bed", "lamp",
            "money", "price", "nice", "good", "lovely", "great", "cat", "dog", "hotel", "holiday");

    private final Function<String, float[]> embedder;
    private final Thresholds thresholds;
    private volatile Anchors anchors;

    /** @param embedder text to sentence embedding, e.g. {@code TextEmbeddings::embed} */
    public EmbeddingPhraseMatcher(Function<String, float[]> embedder, Thresholds thresholds) {
        this.embedder = embedder;
        this.thresholds = thresholds;
    }

    @Override
    public Optional<Term> match(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        Anchors known = anchors();
        float[] vector = embedder.apply(FRAME.formatted(phrase.strip()));
        Term best = null;
        double bestSimilarity = -1;
        for (Map.Entry<Term, List<float[]>> value : known.values.entrySet()) {
            for (float[] description : value.getValue()) {
                double similarity = cosine(vector, description);
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = value.getKey();
                }
            }
        }
        double offTopic = known.offTopic.stream().mapToDouble(anchor -> cosine(vector, anchor)).max().orElse(-1);
        double bare = cosine(vector, known.bare);
        boolean close = bestSimilarity >= thresholds.minSimilarity()
                && bestSimilarity - bare >= thresholds.minLift()
                && bestSimilarity - offTopic >= thresholds.minMargin();
        return close ? Optional.of(best) : Optional.empty();
    }

    private record Anchors(Map<Term, List<float[]>> values, List<float[]> offTopic, float[] bare) {
    }

    private Anchors anchors() {
        Anchors known = anchors;
        if (known == null) {
            synchronized (this) {
                known = anchors;
                if (known == null) {
                    Map<Term, List<float[]>> values = new LinkedHashMap<>();
                    DESCRIPTIONS.forEach((term, texts) -> values.put(term,
                            texts.stream().map(text -> embedder.apply(FRAME.formatted(text))).toList()));
                    List<float[]> offTopic = OFF_TOPIC.stream().map(text -> embedder.apply(FRAME.formatted(text)))
                            .toList();
                    known = new Anchors(values, offTopic, embedder.apply(BARE_FRAME));
                    anchors = known;
                }
            }
        }
        return known;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private static Map<Term, List<String>> descriptions() {
        Map<Term, List<String>> d = new LinkedHashMap<>();
        describe(d, LIGHTING, "warm", "warm golden lighting", "warm light", "candlelit");
        describe(d, LIGHTING, "neutral", "neutral white lighting");
        describe(d, LIGHTING, "cool", "cool blue-white lighting", "cool daylight");
        describe(d, LIGHTING, "bright", "bright sunny light-filled", "bright lighting", "sunlit");
        describe(d, LIGHTING, "dim", "dim dark moody lighting", "dim light");
        describe(d, MOOD, "calm", "calm peaceful serene", "calm");
        describe(d, MOOD, "cozy", "cozy snug comfortable", "cozy");
        describe(d, MOOD, "fresh", "fresh clean airy", "fresh");
        describe(d, MOOD, "elegant", "elegant luxurious sophisticated", "elegant");
        describe(d, MOOD, "playful", "playful fun whimsical", "playful");
        describe(d, MOOD, "energetic", "energetic vibrant lively", "energetic");
        describe(d, MOOD, "romantic", "romantic soft dreamy", "romantic");
        describe(d, MOOD, "natural", "natural organic earthy", "natural");
        describe(d, STYLE, "scandinavian", "scandinavian nordic", "scandinavian");
        describe(d, STYLE, "japandi", "japandi japanese zen", "japandi");
        describe(d, STYLE, "minimalist", "minimalist");
        describe(d, STYLE, "modern", "modern sleek", "modern");
        describe(d, STYLE, "mid_century", "mid-century modern retro", "mid-century");
        describe(d, STYLE, "industrial", "industrial loft", "industrial");
        describe(d, STYLE, "bohemian", "bohemian boho eclectic", "bohemian");
        describe(d, STYLE, "coastal", "coastal beach seaside", "coastal");
        describe(d, STYLE, "farmhouse", "farmhouse", "country cottage", "rustic farmhouse");
        describe(d, STYLE, "traditional", "traditional classic", "traditional");
        describe(d, STYLE, "art_deco", "art deco glamorous", "art deco");
        describe(d, STYLE, "contemporary", "contemporary");
        describe(d, TEXTURE, "wood", "wood", "timber");
        describe(d, TEXTURE, "light_wood", "light wood", "pale oak");
        describe(d, TEXTURE, "dark_wood", "dark wood", "walnut");
        describe(d, TEXTURE, "linen", "linen");
        describe(d, TEXTURE, "wool", "wool knit", "boucle fabric");
        describe(d, TEXTURE, "velvet", "velvet");
        describe(d, TEXTURE, "leather", "leather");
        describe(d, TEXTURE, "marble", "marble");
        describe(d, TEXTURE, "concrete", "concrete");
        describe(d, TEXTURE, "brick", "brick");
        describe(d, TEXTURE, "rattan", "rattan wicker");
        describe(d, TEXTURE, "metal", "metal steel");
        describe(d, TEXTURE, "brass", "brass gold");
        describe(d, TEXTURE, "glass", "glass");
        describe(d, TEXTURE, "ceramic", "ceramic tiles");
        describe(d, TEXTURE, "terrazzo", "terrazzo");
        describe(d, TEXTURE, "plants", "plants greenery");
        for (String colour : COLOR.words()) {
            String words = colour.replace('_', ' ');
            describe(d, COLOR, colour, switch (colour) {
                case "sage", "olive", "emerald" -> words + " green";
                case "navy" -> "navy blue";
                case "blush" -> "blush pink";
                default -> words;
            });
        }
        return Collections.unmodifiableMap(d);
    }

    private static void describe(Map<Term, List<String>> d, VocabularyField field, String value, String... texts) {
        d.put(new Term(field, value), List.of(texts));
    }
}
