package io.remo.revision.api;

/** Stable codes of revision payload violations; the API returns them as they are named here. */
public enum RevisionCode {
    /** {@code type} is neither {@code lasso} nor {@code full_regenerate}. */
    REVISION_TYPE_INVALID,
    /** A lasso revision has no regions, more than the limit, or a null region. */
    REGION_COUNT,
    /** A full regeneration carries regions. */
    REGIONS_NOT_ALLOWED,
    /** A lasso revision carries feedback. */
    FEEDBACK_NOT_ALLOWED,
    /** Fewer than 3 distinct vertices. */
    POLYGON_TOO_FEW_POINTS,
    /** More than 500 points. */
    POLYGON_TOO_MANY_POINTS,
    /** A point is missing a coordinate, or one is outside 0..1 (or not a number). */
    POINT_OUT_OF_RANGE,
    /** Two edges of the lasso cross, touch, overlap, or the outline doubles back on itself. */
    POLYGON_SELF_INTERSECTING,
    /** All vertices on one line, or an area below the minimum fraction of the image. */
    POLYGON_DEGENERATE,
    /** The interiors of two lasso polygons intersect. */
    REGIONS_OVERLAP,
    /** The action is not one of replace, remove, change_finish, resize, reposition. */
    ACTION_INVALID,
    /** The cleaned instruction is shorter or longer than allowed. */
    INSTRUCTION_LENGTH,
    /** The cleaned feedback is shorter or longer than allowed. */
    FEEDBACK_LENGTH,
    SCALE_REQUIRED,
    SCALE_OUT_OF_RANGE,
    SCALE_NOT_ALLOWED,
    OFFSET_REQUIRED,
    OFFSET_OUT_OF_RANGE,
    OFFSET_NOT_ALLOWED,
    /** Too many strokes, or a stroke without points, with too many points, an unknown mode or a size out of range. */
    BRUSH_INVALID,
    /** Too many avoid tokens or style nudges, or one that is blank, too long or has characters other than words. */
    TOKEN_INVALID
}
