package io.remo.revision.cv;

import org.bytedeco.opencv.opencv_core.Rect;

/** A pixel rectangle, kept on the Java heap (a {@link Rect} is native memory). */
public record Box(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    /** This box grown by {@code margin} on every side and clipped to a width x height image. */
    public Box grow(int margin, int imageWidth, int imageHeight) {
        int x0 = Math.max(0, x - margin);
        int y0 = Math.max(0, y - margin);
        int x1 = Math.min(imageWidth, right() + margin);
        int y1 = Math.min(imageHeight, bottom() + margin);
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    public Box union(Box other) {
        int x0 = Math.min(x, other.x);
        int y0 = Math.min(y, other.y);
        return new Box(x0, y0, Math.max(right(), other.right()) - x0, Math.max(bottom(), other.bottom()) - y0);
    }

    /** As an OpenCV rectangle; the caller closes it. */
    public Rect rect() {
        return new Rect(x, y, width, height);
    }
}
