package io.remo.shopping.fit;

/**
 * The room a {@link FitChecker} keeps free, in centimetres.
 *
 * @param walkwayCm          in front of seating, beds, storage and tables standing against a wall (to pass, sit down,
 *                           open doors and drawers), and on every side of such a piece standing free
 * @param sideClearanceCm    on each side of a piece along its wall, between it and a corner, door or window; around
 *                           other free-standing things
 * @param ceilingClearanceCm under the ceiling, to stand a tall piece up after assembly
 * @param rugBorderCm        of bare floor on each side of a rug
 * @param windowHeadHeightCm where windows end at the top: the scan gives a window's height but not its sill, so the
 *                           sill is taken as this minus the window's height
 */
public record Clearances(
        double walkwayCm,
        double sideClearanceCm,
        double ceilingClearanceCm,
        double rugBorderCm,
        double windowHeadHeightCm) {

    /** Walkway 60, side 10, ceiling 5, rug border 20, window head 210 (the usual door and window head height). */
    public static final Clearances DEFAULTS = new Clearances(60, 10, 5, 20, 210);

    public Clearances {
        for (double value : new double[] {walkwayCm, sideClearanceCm, ceilingClearanceCm, rugBorderCm, windowHeadHeightCm}) {
            if (value < 0) {
                throw new IllegalArgumentException("clearances are not negative");
            }
        }
    }
}
