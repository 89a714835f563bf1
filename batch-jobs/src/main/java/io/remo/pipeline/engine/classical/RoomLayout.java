package io.remo.pipeline.engine.classical;

/**
 * A room's layout in the picture: the back wall, seen face on, is the rectangle {@code left..right x top..bottom};
 * from each of its corners a receding edge (where a side wall meets floor or ceiling) runs outwards with the given
 * slope dy/dx. A side of the rectangle on the image border means that surface is out of the picture. Below the floor
 * line (the bottom side and the two lower edges) lies the floor, above the ceiling line the ceiling, left and right
 * of the rectangle between them the side walls.
 *
 * <p>Depth follows the box room in one-point perspective with its vanishing point ({@code vx}, {@code vy}) inside the
 * rectangle. With the camera at the origin looking along Z and the back wall at depth D, the floor (a plane at fixed
 * height under the camera) has, in row y, depth Z = D (bottom - vy) / (y - vy): rows are lines of equal depth, nearer
 * towards the image's lower edge. The ceiling follows the same law upwards, the side walls sideways with columns as
 * lines of equal depth, and the back wall is at D. {@link #inverseDepth} gives D / Z: 1 on the back wall, growing
 * towards the camera.
 */
record RoomLayout(double left, double top, double right, double bottom, double lowerLeftSlope, double lowerRightSlope,
                  double upperLeftSlope, double upperRightSlope, double vx, double vy) {

    enum Surface {
        BACK_WALL, LEFT_WALL, RIGHT_WALL, FLOOR, CEILING;

        boolean isWall() {
            return this == BACK_WALL || this == LEFT_WALL || this == RIGHT_WALL;
        }
    }

    /** Row where the floor meets the walls in column x. */
    double floorLine(double x) {
        if (x < left) {
            return bottom + lowerLeftSlope * (x - left);
        }
        if (x > right) {
            return bottom + lowerRightSlope * (x - right);
        }
        return bottom;
    }

    /** Row where the ceiling meets the walls in column x. */
    double ceilingLine(double x) {
        if (x < left) {
            return top + upperLeftSlope * (x - left);
        }
        if (x > right) {
            return top + upperRightSlope * (x - right);
        }
        return top;
    }

    Surface surface(double x, double y) {
        if (y > floorLine(x)) {
            return Surface.FLOOR;
        }
        if (y < ceilingLine(x)) {
            return Surface.CEILING;
        }
        if (x < left) {
            return Surface.LEFT_WALL;
        }
        return x > right ? Surface.RIGHT_WALL : Surface.BACK_WALL;
    }

    double inverseDepth(double x, double y) {
        return switch (surface(x, y)) {
            case FLOOR -> Math.max(1, (y - vy) / (bottom - vy));
            case CEILING -> Math.max(1, (vy - y) / (vy - top));
            case LEFT_WALL -> Math.max(1, (vx - x) / (vx - left));
            case RIGHT_WALL -> Math.max(1, (x - vx) / (right - vx));
            case BACK_WALL -> 1;
        };
    }

    RoomLayout scaled(double factor) {
        return new RoomLayout(left * factor, top * factor, right * factor, bottom * factor, lowerLeftSlope,
                lowerRightSlope, upperLeftSlope, upperRightSlope, vx * factor, vy * factor);
    }

    /** The median room photo: a back wall in the middle, the horizon a little above the centre. */
    static RoomLayout typical(int width, int height) {
        return throughVanishingPoint(width * 0.28, height * 0.22, width * 0.72, height * 0.64, width * 0.5,
                height * 0.45);
    }

    /** The layout whose receding edges all meet at the vanishing point, as in a true box. */
    static RoomLayout throughVanishingPoint(double left, double top, double right, double bottom, double vx,
            double vy) {
        return new RoomLayout(left, top, right, bottom, (bottom - vy) / (left - vx), (bottom - vy) / (right - vx),
                (top - vy) / (left - vx), (top - vy) / (right - vx), vx, vy);
    }
}
