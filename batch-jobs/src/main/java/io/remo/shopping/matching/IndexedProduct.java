package io.remo.shopping.matching;

import io.remo.shopping.catalog.CatalogProduct;
import io.remo.shopping.catalog.CategoryGroup;
import io.remo.shopping.catalog.CategoryGroups;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A catalogue product ready for matching: its groups, colours and materials read once, and its embedding scaled to
 * unit length so a dot product is the cosine.
 */
public record IndexedProduct(
        CatalogProduct product,
        Set<CategoryGroup> groups,
        Set<String> colours,
        Set<String> materials,
        float[] unitEmbedding) {

    public IndexedProduct {
        Objects.requireNonNull(product, "product");
        groups = Set.copyOf(groups);
        colours = Collections.unmodifiableSet(new LinkedHashSet<>(colours));
        materials = Collections.unmodifiableSet(new LinkedHashSet<>(materials));
        unitEmbedding = unit(unitEmbedding);
    }

    /**
     * @param embedding the embedding of {@link #embeddingText(CatalogProduct)}, as computed at import and stored
     */
    public static IndexedProduct of(CatalogProduct product, float[] embedding) {
        String words = product.kind() + " " + product.variant() + " " + product.shortDescription();
        return new IndexedProduct(product, CategoryGroups.of(product.kind(), product.categories()),
                StyleLexicon.colours(words), StyleLexicon.materials(words), embedding);
    }

    /**
     * What an importer embeds for a product: its kind and variant (colour and material), "3-seat sofa, hillared beige".
     * Not its size, whose numbers blur the meaning; not its categories, whose words pull every product of a category
     * toward them (with "Sofas & armchairs" in the text a VIMLE headrest out-scored every grey armchair for "grey
     * fabric armchair": 0.796 against 0.793; without, 0.683 against 0.763), and which the score weighs as the group
     * already; not its name, a made-up word that only lowers the similarity of everything ("Armchair, lejde grey
     * black" 0.763, with ". LIDHULT" 0.717).
     */
    public static String embeddingText(CatalogProduct product) {
        return product.variant().isBlank() ? product.kind() : product.kind() + ", " + product.variant();
    }

    /** Cosine similarity with another unit-length vector. */
    public double cosine(float[] unitVector) {
        if (unitVector.length != unitEmbedding.length) {
            throw new IllegalArgumentException("embedding sizes differ: " + unitVector.length + " and " + unitEmbedding.length);
        }
        double dot = 0;
        for (int i = 0; i < unitVector.length; i++) {
            dot += unitVector[i] * unitEmbedding[i];
        }
        return dot;
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0)) {
            throw new IllegalArgumentException("an embedding cannot be all zeros");
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
