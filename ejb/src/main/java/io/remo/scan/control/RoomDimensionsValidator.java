package io.remo.scan.control;

import io.remo.scan.api.RoomDimensions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scan's dimensions document before anything is stored: every length positive and within what a room can
 * be, walls with unique ids, every opening on an existing wall and inside it.
 */
public final class RoomDimensionsValidator {

    /** One problem: the JSON path of the field and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    static final Set<String> UNITS = Set.of("m", "cm", "ft", "in");
    static final Set<String> ORIENTATIONS = Set.of("north", "north_east", "east", "south_east", "south", "south_west",
            "west", "north_west");
    static final Set<String> OPENING_TYPES = Set.of("door", "window");
    static final int MAX_WALLS = 32;
    static final int MAX_OPENINGS = 64;
    private static final double TOLERANCE = 1.01;

    private RoomDimensionsValidator() {
    }

    public static List<Violation> validate(RoomDimensions dimensions) {
        List<Violation> violations = new ArrayList<>();
        RoomDimensions.Room room = dimensions.room();
        if (room == null) {
            violations.add(new Violation("room", "is required"));
            return violations;
        }
        if (room.unit() == null || !UNITS.contains(room.unit())) {
            violations.add(new Violation("room.unit", "must be one of " + UNITS));
            return violations;
        }
        double m = dimensions.metresPerUnit();
        range(violations, "room.width", room.width() * m, 0.5, 50);
        range(violations, "room.length", room.length() * m, 0.5, 50);
        range(violations, "room.height", room.height() * m, 1.5, 10);
        if (dimensions.walls().isEmpty() || dimensions.walls().size() > MAX_WALLS) {
            violations.add(new Violation("walls", "must list 1 to " + MAX_WALLS + " walls"));
        }
        Map<String, RoomDimensions.Wall> walls = new HashMap<>();
        for (int i = 0; i < Math.min(dimensions.walls().size(), MAX_WALLS); i++) {
            RoomDimensions.Wall wall = dimensions.walls().get(i);
            String path = "walls[" + i + "]";
            if (wall == null) {
                violations.add(new Violation(path, "must not be null"));
                continue;
            }
            if (wall.id() == null || wall.id().isBlank() || wall.id().length() > 40) {
                violations.add(new Violation(path + ".id", "must be 1 to 40 characters"));
            } else if (walls.putIfAbsent(wall.id(), wall) != null) {
                violations.add(new Violation(path + ".id", "duplicates the id of another wall"));
            }
            range(violations, path + ".width", wall.width() * m, 0.1, 50);
            range(violations, path + ".height", wall.height() * m, 1.5, 10);
            if (wall.orientation() == null || !ORIENTATIONS.contains(wall.orientation())) {
                violations.add(new Violation(path + ".orientation", "must be one of " + ORIENTATIONS));
            }
        }
        if (dimensions.openings().size() > MAX_OPENINGS) {
            violations.add(new Violation("openings", "must list at most " + MAX_OPENINGS + " openings"));
        }
        for (int i = 0; i < Math.min(dimensions.openings().size(), MAX_OPENINGS); i++) {
            RoomDimensions.Opening opening = dimensions.openings().get(i);
            String path = "openings[" + i + "]";
            if (opening == null) {
                violations.add(new Violation(path, "must not be null"));
                continue;
            }
            if (opening.type() == null || !OPENING_TYPES.contains(opening.type())) {
                violations.add(new Violation(path + ".type", "must be door or window"));
            }
            RoomDimensions.Wall wall = opening.wallId() == null ? null : walls.get(opening.wallId());
            if (wall == null) {
                violations.add(new Violation(path + ".wallId", "must name one of the walls"));
            }
            range(violations, path + ".width", opening.width() * m, 0.1, 20);
            range(violations, path + ".height", opening.height() * m, 0.1, 10);
            if (opening.position() < 0) {
                violations.add(new Violation(path + ".position", "must not be negative"));
            }
            if (wall != null && (opening.position() + opening.width()) > wall.width() * TOLERANCE) {
                violations.add(new Violation(path + ".position", "puts the opening beyond the end of wall " + wall.id()));
            }
            if (wall != null && opening.height() > wall.height() * TOLERANCE) {
                violations.add(new Violation(path + ".height", "is taller than wall " + wall.id()));
            }
        }
        if (dimensions.floorAreaSqm() != null) {
            range(violations, "floorAreaSqm", dimensions.floorAreaSqm(), 0.25, 2500);
        }
        return violations;
    }

    private static void range(List<Violation> violations, String field, double metres, double min, double max) {
        if (!(metres >= min && metres <= max)) {
            violations.add(new Violation(field, "must be between " + min + " and " + max + " (metres)"));
        }
    }
}
