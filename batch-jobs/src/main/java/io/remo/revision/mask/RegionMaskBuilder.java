package io.remo.revision.mask;

import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.revision.api.LassoRegion;
import io.remo.revision.api.NormalizedOffset;
import io.remo.revision.api.RegionAction;
import java.util.List;

/**
 * Turns a validated lasso region into its masks: rasterize the polygon; refine it to the object it circles where the
 * action is about an object (everything but change_finish, which repaints exactly what was drawn); apply the brush
 * strokes, which have the last word; feather; and, for resize and reposition, add where the content goes.
 */
public final class RegionMaskBuilder {

    private final MaskSettings settings;
    private final MaskRefiner refiner;

    public RegionMaskBuilder(MaskSettings settings) {
        this.settings = settings;
        this.refiner = new MaskRefiner(settings);
    }

    /**
     * @param index the region's position in the payload, for errors
     * @param seed  makes the refinement repeatable
     * @throws EmptyRegionException when nothing of the region is left
     */
    public RegionMask build(RgbImage base, LassoRegion region, int index, long seed) {
        int width = base.width();
        int height = base.height();
        RegionAction action = region.regionAction();
        GrayImage lasso = PolygonRaster.fill(region.vertices(), width, height);
        GrayImage object = action == RegionAction.CHANGE_FINISH ? lasso : refiner.refine(base, lasso, seed);
        GrayImage shape = BrushRaster.apply(object, region.brushStrokes());
        if (MaskOps.count(shape, MaskOps.INSIDE) == 0) {
            throw new EmptyRegionException(index);
        }
        int feather = featherRadius(width);
        GrayImage editMask = MaskOps.feather(shape, feather);
        NormalizedOffset offset = region.offset() == null ? NormalizedOffset.of(0, 0) : region.offset();
        RegionMotion motion = RegionMotion.of(editMask, region.scale() == null ? 1 : region.scale(), offset.x(),
                offset.y());
        if (motion.isIdentity()) {
            return new RegionMask(shape, editMask, shape, editMask, MaskOps.support(shape, feather), motion);
        }
        GrayImage footprint = MaskOps.union(List.of(shape, motion.apply(shape)));
        return new RegionMask(shape, editMask, footprint, MaskOps.feather(footprint, feather),
                MaskOps.support(footprint, feather), motion);
    }

    /** The feather radius in pixels for an image this wide. */
    public int featherRadius(int width) {
        return MaskSettings.pixels(settings.featherRadius(), width);
    }
}
