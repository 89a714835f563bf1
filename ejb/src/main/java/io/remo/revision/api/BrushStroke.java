package io.remo.revision.api;

import java.util.List;

/**
 * A brush stroke that adds to or subtracts from its lasso region.
 *
 * @param points the stroke's path, 1 to 500 points (one point is a dab)
 * @param mode   {@value #ADD} or {@value #SUBTRACT}
 * @param size   the brush diameter in pixels of the image scaled to 1024 pixels wide, 1 to 200
 */
public record BrushStroke(List<NormalizedPoint> points, String mode, Double size) {

    public static final String ADD = "add";
    public static final String SUBTRACT = "subtract";

    public BrushStroke {
        points = Payloads.copy(points);
    }

    public boolean adds() {
        return ADD.equals(mode);
    }
}
