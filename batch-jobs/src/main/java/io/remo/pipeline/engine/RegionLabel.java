package io.remo.pipeline.engine;

/** Segmentation classes; the code is the pixel value in {@link RoomAnalysis#segmentation()}. */
public enum RegionLabel {
    OTHER(0), WALL(1), FLOOR(2), CEILING(3), FURNITURE(4), WINDOW(5), DOOR(6);

    private final int code;

    RegionLabel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RegionLabel of(int code) {
        for (RegionLabel label : values()) {
            if (label.code == code) {
                return label;
            }
        }
        throw new IllegalArgumentException("no region label " + code);
    }
}
