package io.remo.shopping.design;

import java.util.Objects;

/**
 * Where a design item stands: against (or on) one wall of the scan, or free on the floor.
 *
 * @param wallId the scan's wall id when against a wall, else null
 */
public record Placement(String wallId) {

    public static final Placement FLOOR = new Placement(null);

    public static Placement againstWall(String wallId) {
        return new Placement(Objects.requireNonNull(wallId, "wallId"));
    }

    public boolean againstWall() {
        return wallId != null;
    }
}
