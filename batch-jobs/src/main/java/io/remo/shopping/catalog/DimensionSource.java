package io.remo.shopping.catalog;

/** Where a product's {@link Dimensions} came from. */
public enum DimensionSource {
    /** The catalogue's width/depth/height columns only. */
    COLUMNS,
    /** The size written in the short description only ("140x200 cm"). */
    DESCRIPTION,
    /** Both: the description's reading, completed or widened by the columns (see {@link ProductSizeResolver}). */
    COLUMNS_AND_DESCRIPTION,
    /** Neither gives a size. */
    NONE
}
