package io.remo.revision.mask;

import io.remo.imaging.GrayImage;

/**
 * The masks of one region, all at the base image's size.
 *
 * @param shape     the region: the lasso (refined to its object for replace, remove, resize and reposition) with the
 *                  brush strokes applied; anti-aliased, 0..255
 * @param editMask  the shape feathered: what the editor is given
 * @param footprint where the edit may show: the shape, plus where resize or reposition carries it
 * @param blend     the footprint feathered: the compositor's weight of the edited image
 * @param support   the footprint dilated by the feather radius, 0/255: outside it the base is kept byte for byte
 * @param motion    how resize or reposition moves the content; {@link RegionMotion#NONE} otherwise
 */
public record RegionMask(GrayImage shape, GrayImage editMask, GrayImage footprint, GrayImage blend, GrayImage support,
                         RegionMotion motion) {
}
