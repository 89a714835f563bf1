package io.remo.shopping.matching;

import java.util.List;

/**
 * One product ranked for a design item.
 *
 * @param product         the product
 * @param confidence      0..1, see {@link MatchingSettings}
 * @param textSimilarity  the raw cosine of the embeddings
 * @param groupAgrees     whether the product is in the item's group
 * @param agreedColours   the item's colours the product has (vocabulary names)
 * @param agreedMaterials the item's materials the product has
 * @param paletteColours  the brief's colours the product has
 * @param paletteTextures the brief's textures the product has
 * @param avoidedColours  the brief's avoided colours the product has (and the item did not ask for)
 * @param whyMatched      a sentence built from what agreed
 */
public record ProductMatch(
        IndexedProduct product,
        double confidence,
        double textSimilarity,
        boolean groupAgrees,
        List<String> agreedColours,
        List<String> agreedMaterials,
        List<String> paletteColours,
        List<String> paletteTextures,
        List<String> avoidedColours,
        String whyMatched) {

    public ProductMatch {
        agreedColours = List.copyOf(agreedColours);
        agreedMaterials = List.copyOf(agreedMaterials);
        paletteColours = List.copyOf(paletteColours);
        paletteTextures = List.copyOf(paletteTextures);
        avoidedColours = List.copyOf(avoidedColours);
    }

    /** The same match with another explanation (the list adds why an alternative was taken). */
    public ProductMatch withWhyMatched(String sentence) {
        return new ProductMatch(product, confidence, textSimilarity, groupAgrees, agreedColours, agreedMaterials,
                paletteColours, paletteTextures, avoidedColours, sentence);
    }
}
