package io.remo.pipeline.engine.classical;

import java.util.List;

/**
 * Keeps avoided colours out of an image. A target colour is moved straight away from an avoided one until it is
 * {@code margin} Delta E (CIE76) from it. Pixels within {@value #REACH} Delta E of an avoided colour are pushed
 * radially out of it, by a monotonic map of distance [0, REACH] onto [{@value #FLOOR}, REACH]: nothing is left within
 * {@value #FLOOR} Delta E, pixels at the edge of the reach do not move, and gradients stay smooth (no band of one colour
 * where the push would otherwise pile pixels up).
 */
final class AvoidColors {

    static final double REACH = 20;
    static final double FLOOR = 12;

    private AvoidColors() {
    }

    static void moveAway(float[] lab, float[] avoided, double margin) {
        double[] direction = direction(lab[0] - avoided[0], lab[1] - avoided[1], lab[2] - avoided[2], avoided);
        double distance = Math.sqrt(squaredDistance(lab, avoided));
        if (distance >= margin) {
            return;
        }
        for (int k = 0; k < 3; k++) {
            lab[k] = (float) (avoided[k] + direction[k] * margin);
        }
    }

    static void pushPixels(LabPixels image, List<float[]> avoided) {
        for (int round = 0; round < 2; round++) {
            for (float[] colour : avoided) {
                push(image, colour);
            }
        }
    }

    private static void push(LabPixels image, float[] colour) {
        for (int i = 0; i < image.size(); i++) {
            double dl = image.l[i] - colour[0];
            double da = image.a[i] - colour[1];
            double db = image.b[i] - colour[2];
            double distance = Math.sqrt(dl * dl + da * da + db * db);
            if (distance >= REACH) {
                continue;
            }
            double[] direction = direction(dl, da, db, colour);
            double pushed = FLOOR + distance * (REACH - FLOOR) / REACH;
            image.l[i] = (float) (colour[0] + direction[0] * pushed);
            image.a[i] = (float) (colour[1] + direction[1] * pushed);
            image.b[i] = (float) (colour[2] + direction[2] * pushed);
        }
    }

    /**
     * Unit vector along (dl, da, db); for a colour sitting on the avoided one, away in lightness towards the middle
     * grey, where there is room to move.
     */
    private static double[] direction(double dl, double da, double db, float[] avoided) {
        double length = Math.sqrt(dl * dl + da * da + db * db);
        if (length < 1e-3) {
            return new double[] {avoided[0] > 50 ? -1 : 1, 0, 0};
        }
        return new double[] {dl / length, da / length, db / length};
    }

    private static double squaredDistance(float[] p, float[] q) {
        double dl = p[0] - q[0];
        double da = p[1] - q[1];
        double db = p[2] - q[2];
        return dl * dl + da * da + db * db;
    }
}
