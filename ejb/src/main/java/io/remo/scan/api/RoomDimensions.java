package io.remo.scan.api;

import java.util.List;

/**
 * The room as a LiDAR scan measured it (the phone converts the scan to this JSON).
 *
 * @param room         overall box of the room
 * @param walls        each wall with its own id
 * @param openings     doors and windows, each on a wall
 * @param floorAreaSqm floor area in square metres, or null to take width x length
 */
public record RoomDimensions(Room room, List<Wall> walls, List<Opening> openings, Double floorAreaSqm) {

    /** @param unit "m", "cm", "ft" or "in": the unit of every length in the document */
    public record Room(double width, double length, double height, String unit) {
    }

    /** @param orientation compass direction the wall faces: north, east, south, west (or north_east, …) */
    public record Wall(String id, double width, double height, String orientation) {
    }

    /**
     * @param type     "door" or "window"
     * @param wallId   the wall it is in
     * @param position distance from the wall's left end to the opening's left edge
     */
    public record Opening(String type, String wallId, double width, double height, double position) {
    }

    public RoomDimensions {
        walls = walls == null ? List.of() : List.copyOf(walls);
        openings = openings == null ? List.of() : List.copyOf(openings);
    }

    /** Metres per unit of this document. */
    public double metresPerUnit() {
        return switch (room.unit()) {
            case "m" -> 1.0;
            case "cm" -> 0.01;
            case "ft" -> 0.3048;
            case "in" -> 0.0254;
            default -> throw new IllegalStateException("unknown unit " + room.unit());
        };
    }

    public double floorAreaSquareMetres() {
        double m = metresPerUnit();
        return floorAreaSqm != null ? floorAreaSqm : room.width() * m * room.length() * m;
    }
}
