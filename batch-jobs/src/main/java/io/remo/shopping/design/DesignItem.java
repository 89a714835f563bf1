package io.remo.shopping.design;

import io.remo.shopping.catalog.CategoryGroup;
import io.remo.shopping.catalog.Dimensions;
import java.util.List;
import java.util.Objects;

/**
 * One piece of furniture or decor in the approved design, as the detection step describes it.
 *
 * @param id            stable within the design
 * @param group         what kind of thing it is
 * @param description   a few words, "white linen three-seat sofa"
 * @param colours       colour words, preferably {@link io.remo.brief.api.Vocabulary#COLORS} names; may be empty
 * @param materials     material words, preferably {@link io.remo.brief.api.Vocabulary#TEXTURES} names; may be empty
 * @param estimatedSize the size the design shows, or null
 * @param placement     where it stands
 * @param sortOrder     its place within its group on the list (lower first)
 */
public record DesignItem(
        String id,
        CategoryGroup group,
        String description,
        List<String> colours,
        List<String> materials,
        Dimensions estimatedSize,
        Placement placement,
        int sortOrder) {

    public DesignItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a design item needs a description");
        }
        colours = colours == null ? List.of() : List.copyOf(colours);
        materials = materials == null ? List.of() : List.copyOf(materials);
        placement = placement == null ? Placement.FLOOR : placement;
    }
}
