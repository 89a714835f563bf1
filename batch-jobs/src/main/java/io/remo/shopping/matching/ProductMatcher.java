package io.remo.shopping.matching;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.StyleProfile;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.design.DesignItem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;

/** Ranks catalogue products for a design item; the score is {@link MatchingSettings}'. */
public final class ProductMatcher {

    private final ProductIndex index;
    private final SentenceEmbedder embedder;
    private final MatchingSettings settings;
    private final ColourSimilarity colourSimilarity;

    public ProductMatcher(ProductIndex index, SentenceEmbedder embedder) {
        this(index, embedder, MatchingSettings.DEFAULTS);
    }

    public ProductMatcher(ProductIndex index, SentenceEmbedder embedder, MatchingSettings settings) {
        this.index = index;
        this.embedder = embedder;
        this.settings = settings;
        this.colourSimilarity = new ColourSimilarity(settings.colourToleranceDeltaE());
    }

    /** The best products for the item, best first, at most {@link MatchingSettings#candidates()}; empty catalogue, empty list. */
    public List<ProductMatch> rank(DesignItem item, DesignBrief brief) {
        Wanted wanted = Wanted.of(item, brief == null ? StyleProfile.EMPTY : brief.styleProfile());
        float[] query = IndexedProduct.unit(embedder.embed(wanted.text()));
        Comparator<ProductMatch> byConfidence = Comparator.comparingDouble(ProductMatch::confidence)
                .thenComparingDouble(ProductMatch::textSimilarity);
        PriorityQueue<ProductMatch> best = new PriorityQueue<>(byConfidence);
        for (IndexedProduct product : index.products()) {
            best.add(score(item, wanted, product, query));
            if (best.size() > settings.candidates()) {
                best.poll();
            }
        }
        return best.stream().sorted(byConfidence.reversed())
                .map(match -> match.withWhyMatched(whyMatched(item, match)))
                .toList();
    }

    /** Whether the list should offer a search for the item besides (or instead of) this match. */
    public boolean needsFallback(ProductMatch match) {
        return match == null || match.confidence() < settings.fallbackBelow();
    }

    /** The retailer's search for the item's description. */
    public String searchFallbackUrl(DesignItem item) {
        return settings.searchUrlPrefix() + URLEncoder.encode(item.description().strip(), StandardCharsets.UTF_8);
    }

    private ProductMatch score(DesignItem item, Wanted wanted, IndexedProduct product, float[] query) {
        double cosine = product.cosine(query);
        double text = clamp((cosine - settings.textSimilarityFloor())
                / (settings.textSimilarityCeiling() - settings.textSimilarityFloor()));
        boolean groupAgrees = product.groups().contains(item.group());
        double sum = settings.textWeight() * text + settings.groupWeight() * (groupAgrees ? 1 : 0);
        double weights = settings.textWeight() + settings.groupWeight();

        List<String> agreedColours = new ArrayList<>();
        if (!wanted.colours().isEmpty()) {
            double total = 0;
            for (String colour : wanted.colours()) {
                double similarity = bestColourSimilarity(colour, product.colours());
                total += similarity;
                if (similarity >= settings.agreementThreshold()) {
                    agreedColours.add(colour);
                }
            }
            sum += settings.colourWeight() * total / wanted.colours().size();
            weights += settings.colourWeight();
        }
        List<String> agreedMaterials = new ArrayList<>();
        if (!wanted.materials().isEmpty()) {
            double total = 0;
            for (String material : wanted.materials()) {
                double similarity = materialSimilarity(material, product.materials());
                total += similarity;
                if (similarity >= settings.agreementThreshold()) {
                    agreedMaterials.add(material);
                }
            }
            sum += settings.materialWeight() * total / wanted.materials().size();
            weights += settings.materialWeight();
        }
        Double size = sizeAgreement(item.estimatedSize(), product.product().dimensions());
        if (size != null) {
            sum += settings.sizeWeight() * size;
            weights += settings.sizeWeight();
        }
        List<String> paletteColours = new ArrayList<>();
        List<String> paletteTextures = new ArrayList<>();
        StyleProfile style = wanted.style();
        if (!style.colors().isEmpty() || !style.textures().isEmpty()) {
            double total = 0;
            int parts = 0;
            if (!style.colors().isEmpty()) {
                double bestPalette = 0;
                for (String colour : style.colors()) {
                    double similarity = bestColourSimilarity(colour, product.colours());
                    bestPalette = Math.max(bestPalette, similarity);
                    if (similarity >= settings.agreementThreshold()) {
                        paletteColours.add(colour);
                    }
                }
                total += bestPalette;
                parts++;
            }
            if (!style.textures().isEmpty()) {
                style.textures().stream().filter(product.materials()::contains).forEach(paletteTextures::add);
                total += paletteTextures.isEmpty() ? 0 : 1;
                parts++;
            }
            sum += settings.paletteWeight() * total / parts;
            weights += settings.paletteWeight();
        }
        List<String> avoidedColours = new ArrayList<>();
        double avoided = 0;
        for (String avoid : style.avoidColors()) {
            for (String colour : product.colours()) {
                if (!wanted.colours().contains(colour)) {
                    double similarity = colourSimilarity.between(colour, avoid);
                    avoided = Math.max(avoided, similarity);
                    if (similarity >= settings.agreementThreshold() && !avoidedColours.contains(colour)) {
                        avoidedColours.add(colour);
                    }
                }
            }
        }
        double confidence = clamp(sum / weights * (groupAgrees ? 1 : settings.otherGroupFactor())
                - settings.avoidColourPenalty() * avoided);
        // explained later, for the few kept
        return new ProductMatch(product, confidence, cosine, groupAgrees, agreedColours, agreedMaterials,
                paletteColours, paletteTextures, avoidedColours, null);
    }

    private double bestColourSimilarity(String colour, Set<String> colours) {
        double best = 0;
        for (String candidate : colours) {
            best = Math.max(best, colourSimilarity.between(colour, candidate));
        }
        return best;
    }

    private static double materialSimilarity(String material, Set<String> materials) {
        if (materials.contains(material)) {
            return 1;
        }
        boolean specificWood = material.equals("light_wood") || material.equals("dark_wood");
        return specificWood && materials.contains("wood") ? 0.5 : 0;
    }

    /** Mean of smaller/larger over the sides both know, or null when they share none. */
    private static Double sizeAgreement(Dimensions estimated, Dimensions actual) {
        if (estimated == null) {
            return null;
        }
        double total = 0;
        int sides = 0;
        Double[][] pairs = {{estimated.widthCm(), actual.widthCm()}, {estimated.depthCm(), actual.depthCm()},
                {estimated.heightCm(), actual.heightCm()}};
        for (Double[] pair : pairs) {
            if (pair[0] != null && pair[1] != null) {
                total += Math.min(pair[0], pair[1]) / Math.max(pair[0], pair[1]);
                sides++;
            }
        }
        return sides == 0 ? null : total / sides;
    }

    /**
     * "3-seat sofa in white linen; matches your white and sage palette and your linen texture." Only what agreed is
     * named; with nothing but the description in common, says so.
     */
    private static String whyMatched(DesignItem item, ProductMatch match) {
        List<String> colours = match.agreedColours();
        List<String> materials = match.agreedMaterials();
        List<String> paletteColours = match.paletteColours();
        List<String> paletteTextures = match.paletteTextures();
        String kind = match.product().product().kind();
        var sentence = new StringBuilder(kind.substring(0, 1).toUpperCase(Locale.ROOT)).append(kind.substring(1));
        List<String> looks = new ArrayList<>();
        colours.forEach(colour -> looks.add(StyleLexicon.displayName(colour)));
        materials.forEach(material -> looks.add(StyleLexicon.displayName(material)));
        if (!looks.isEmpty()) {
            sentence.append(" in ").append(String.join(" ", looks));
        } else {
            sentence.append(", the closest match in the catalogue for “").append(item.description().strip()).append('”');
        }
        List<String> palette = new ArrayList<>();
        if (!paletteColours.isEmpty()) {
            palette.add("your " + joined(paletteColours) + " palette");
        }
        if (!paletteTextures.isEmpty()) {
            palette.add("your " + joined(paletteTextures) + (paletteTextures.size() > 1 ? " textures" : " texture"));
        }
        if (!palette.isEmpty()) {
            sentence.append("; matches ").append(String.join(" and ", palette));
        }
        return sentence.append('.').toString();
    }

    static String joined(List<String> vocabularyNames) {
        List<String> names = vocabularyNames.stream().map(StyleLexicon::displayName).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** What the item asks for, in vocabulary words, and the text that is embedded for it. */
    private record Wanted(String text, List<String> colours, List<String> materials, StyleProfile style) {

        static Wanted of(DesignItem item, StyleProfile style) {
            Set<String> colours = new LinkedHashSet<>(StyleLexicon.colours(String.join(" ", item.colours())));
            colours.addAll(StyleLexicon.colours(item.description()));
            Set<String> materials = new LinkedHashSet<>(StyleLexicon.namedMaterials(String.join(" ", item.materials())));
            materials.addAll(StyleLexicon.namedMaterials(item.description()));
            var text = new StringBuilder(item.description().strip());
            for (String word : item.colours()) {
                appendIfMissing(text, word);
            }
            for (String word : item.materials()) {
                appendIfMissing(text, word);
            }
            return new Wanted(text.toString(), List.copyOf(colours), List.copyOf(materials), style);
        }

        private static void appendIfMissing(StringBuilder text, String word) {
            String plain = StyleLexicon.displayName(word);
            if (!text.toString().toLowerCase(Locale.ROOT).contains(plain.toLowerCase(Locale.ROOT))) {
                text.append(", ").append(plain);
            }
        }
    }
}
