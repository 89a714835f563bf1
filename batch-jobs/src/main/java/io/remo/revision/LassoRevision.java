package io.remo.revision;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.fidelity.FidelityMetrics;
import java.util.List;

/**
 * A rendered lasso revision.
 *
 * @param result   the revised image
 * @param overlay  the base with the regions tinted, outlined and numbered
 * @param fidelity the result measured against the base over {@code mask} and {@code support}
 * @param shapes   each region's mask, in payload order
 * @param mask     the union of the regions' footprints: where the edits were asked to show
 * @param support  the union of their supports: outside it the result is the base, byte for byte
 */
public record LassoRevision(RgbImage result, RgbImage overlay, FidelityMetrics fidelity, List<GrayImage> shapes,
                            GrayImage mask, GrayImage support) {

    public LassoRevision {
        shapes = List.copyOf(shapes);
    }
}
