package io.remo.shopping.matching;

/**
 * How {@link ProductMatcher} scores. A product's confidence is the weighted mean of the parts that apply to the item
 * and brief at hand (weights of parts that do not apply drop out), less the avoid-colour penalty, clamped to 0..1:
 *
 * <pre>
 * confidence = (wText·text + wGroup·group + wColour·colour + wMaterial·material + wSize·size + wPalette·palette)
 *              / (sum of the weights that apply)  ×  (group ? 1 : otherGroupFactor)  −  avoidColourPenalty · avoided
 * </pre>
 *
 * <p>A product of another group is scaled down besides losing the group part: matching colours and materials must not
 * make a beige sofa the answer to "beige wool rug", nor a brass knob to "brass floor lamp".
 *
 * <ul>
 * <li>text: cosine of the item's and the product's sentence embeddings, mapped linearly from
 * [textSimilarityFloor, textSimilarityCeiling] onto [0, 1] (all-MiniLM-L6-v2 gives unrelated furniture ~0.1–0.4 and a
 * close description ~0.7–0.85); always applies;
 * <li>group: 1 when the product is in the item's {@link io.remo.shopping.catalog.CategoryGroup}, else 0; always;
 * <li>colour: for each item colour the best {@link ColourSimilarity} among the product's colours, averaged; when the
 * item names colours (a product without colour words scores 0);
 * <li>material: for each item material 1 when the product has it, 0.5 for a generic wood against a specific one,
 * averaged; when the item names materials;
 * <li>size: for each side both know, smaller / larger, averaged; when the item has an estimated size and the product a
 * size;
 * <li>palette: agreement with the brief, the mean of (best similarity of a product colour to a brief colour) and
 * (whether the product has one of the brief's textures), over those the brief has; when the brief has either;
 * <li>avoided: the best similarity of a product colour the item did not ask for to a colour the brief avoids.
 * </ul>
 *
 * @param otherGroupFactor   what a product outside the item's group keeps of its score
 *
 * @param agreementThreshold a colour or material counts as agreeing, and is named in the explanation, from this
 *                           similarity on
 * @param fallbackBelow      below this confidence the list also offers a search link for the item
 * @param candidates         how many best products {@link ProductMatcher#rank} keeps (alternatives for the fit check)
 * @param searchUrlPrefix    the retailer's search address; the item's description, URL-encoded, is appended
 */
public record MatchingSettings(
        double textWeight,
        double groupWeight,
        double colourWeight,
        double materialWeight,
        double sizeWeight,
        double paletteWeight,
        double avoidColourPenalty,
        double otherGroupFactor,
        double textSimilarityFloor,
        double textSimilarityCeiling,
        double colourToleranceDeltaE,
        double agreementThreshold,
        double fallbackBelow,
        int candidates,
        String searchUrlPrefix) {

    /**
     * Text 0.50, group 0.20, colour 0.15, material 0.10, size 0.05, palette 0.05; avoid penalty 0.25; other group
     * factor 0.5; text mapped from [0.25, 0.85]; colour tolerance ΔE 30; agreement from 0.5; fallback below 0.6; 5
     * candidates; IKEA Saudi Arabia's search (the catalogue's own store).
     */
    public static final MatchingSettings DEFAULTS = new MatchingSettings(0.50, 0.20, 0.15, 0.10, 0.05, 0.05, 0.25,
            0.5, 0.25, 0.85, ColourSimilarity.DEFAULT_TOLERANCE_DELTA_E, 0.5, 0.6, 5,
            "https://www.ikea.com/sa/en/search/products/?q=");

    public MatchingSettings {
        for (double weight : new double[] {textWeight, groupWeight, colourWeight, materialWeight, sizeWeight,
                paletteWeight, avoidColourPenalty, otherGroupFactor}) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights are not negative");
            }
        }
        if (!(textSimilarityCeiling > textSimilarityFloor) || candidates < 1) {
            throw new IllegalArgumentException("text range " + textSimilarityFloor + ".." + textSimilarityCeiling
                    + ", candidates " + candidates);
        }
    }
}
