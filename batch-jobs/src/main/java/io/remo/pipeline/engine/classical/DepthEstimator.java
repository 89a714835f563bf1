package io.remo.pipeline.engine.classical;

import io.remo.pipeline.engine.RegionLabel;
import io.remo.pipeline.engine.classical.RoomLayout.Surface;

/**
 * Relative depth from the room's layout: the inverse depth of the box room ({@link RoomLayout#inverseDepth}), with
 * furniture stood up. A thing that rises from the floor above the floor line is taken as a vertical surface at the
 * distance of its foot: in each column its pixels get the depth of the floor where its lowest pixel touches it. Flat
 * things (rugs, a table top seen from above) stay on the floor plane. Inverse depth is mapped linearly to 0 (the back
 * wall, the farthest surface of a box) .. 255 (the nearest pixel).
 *
 * <p>Limits: a room that is not roughly a box seen from its open side (a corner view, an L-shaped room, stairs) gets
 * the box's depth all the same; things on walls (shelves, a hung TV) stay on their wall.
 */
final class DepthEstimator {

    private DepthEstimator() {
    }

    static byte[] depth(RoomLayout layout, byte[] labels, byte[] surfaces, int w, int h) {
        double[] inverse = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                inverse[y * w + x] = layout.inverseDepth(x + 0.5, y + 0.5);
            }
        }
        standFurnitureUp(inverse, labels, surfaces, w, h);
        double nearest = 1;
        for (double value : inverse) {
            nearest = Math.max(nearest, value);
        }
        byte[] depth = new byte[w * h];
        double range = Math.max(1e-6, nearest - 1);
        for (int i = 0; i < depth.length; i++) {
            depth[i] = (byte) Math.round(255 * (inverse[i] - 1) / range);
        }
        return depth;
    }

    private static void standFurnitureUp(double[] inverse, byte[] labels, byte[] surfaces, int w, int h) {
        byte furniture = (byte) RegionLabel.FURNITURE.code();
        for (int x = 0; x < w; x++) {
            int y = h - 1;
            while (y >= 0) {
                if (labels[y * w + x] != furniture) {
                    y--;
                    continue;
                }
                int foot = y;
                while (y >= 0 && labels[y * w + x] == furniture) {
                    y--;
                }
                int head = y + 1;
                boolean risesAboveFloor = surfaces[head * w + x] != Surface.FLOOR.ordinal();
                boolean standsOnFloor = surfaces[foot * w + x] == Surface.FLOOR.ordinal();
                if (risesAboveFloor && standsOnFloor) {
                    double footDepth = inverse[foot * w + x];
                    for (int row = head; row <= foot; row++) {
                        inverse[row * w + x] = footDepth;
                    }
                }
            }
        }
    }
}
