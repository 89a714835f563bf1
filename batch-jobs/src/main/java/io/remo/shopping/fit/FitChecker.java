package io.remo.shopping.fit;

import io.remo.scan.api.RoomDimensions;
import io.remo.scan.api.RoomDimensions.Opening;
import io.remo.scan.api.RoomDimensions.Wall;
import io.remo.shopping.catalog.CategoryGroup;
import io.remo.shopping.catalog.Dimensions;
import io.remo.shopping.design.DesignItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a product fits where the design puts it, judged against the LiDAR scan.
 *
 * <p>Against a wall: its width against the longest stretch of that wall that no opening blocks (a door blocks
 * whatever stands in front of it; a window blocks only what is taller than its sill), with
 * {@link Clearances#sideClearanceCm()} each side; its depth plus {@link Clearances#walkwayCm()} (seating, beds,
 * storage, tables) against the room's size across from that wall (the room side the wall is not); its height against
 * that wall's height, with {@link Clearances#ceilingClearanceCm()} to spare.
 *
 * <p>On the floor (or on a wall the scan does not have): its footprint, either way round, against the room's width
 * and length, with a walkway on every side for seating, beds, storage and tables, {@link Clearances#rugBorderCm()} of
 * floor around a rug, the side clearance around anything else; a rug also against the floor area (which the scan may
 * give smaller than width × length for a room that is not a rectangle); its height against the room's.
 *
 * <p>The worst verdict wins and says why; when all fit, the first (width or footprint) speaks. Tight means it fits
 * but inside a clearance.
 */
public final class FitChecker {

    private static final Set<CategoryGroup> NEED_WALKWAY = EnumSet.of(CategoryGroup.SEATING, CategoryGroup.BEDS,
            CategoryGroup.STORAGE, CategoryGroup.TABLES);

    private final Clearances clearances;

    public FitChecker() {
        this(Clearances.DEFAULTS);
    }

    public FitChecker(Clearances clearances) {
        this.clearances = clearances;
    }

    /**
     * @param noun what to call the product in the sentence, "bookcase"
     * @param size the product's size
     * @param room the scan, or null
     * @return null without a scan
     */
    public FitResult check(DesignItem item, String noun, Dimensions size, RoomDimensions room) {
        if (room == null) {
            return null;
        }
        if (size.isUnknown()) {
            return new FitResult(null, "The catalogue gives no size for this " + noun + "; measure it before buying.");
        }
        double toCm = room.metresPerUnit() * 100;
        Wall wall = item.placement().againstWall() ? room.walls().stream()
                .filter(candidate -> candidate.id().equals(item.placement().wallId())).findFirst().orElse(null) : null;
        List<FitResult> verdicts = new ArrayList<>();
        double ceiling;
        if (wall != null) {
            checkAgainstWall(item, noun, size, room, wall, toCm, verdicts);
            ceiling = (wall.height() > 0 ? wall.height() : room.room().height()) * toCm;
        } else {
            checkOnFloor(item, noun, size, room, toCm, verdicts);
            ceiling = room.room().height() * toCm;
        }
        if (size.heightCm() != null && ceiling > 0) {
            verdicts.add(height(noun, size.heightCm(), ceiling));
        }
        if (verdicts.isEmpty()) {
            return new FitResult(null, "The catalogue gives too little of this " + noun + "'s size to check it.");
        }
        return verdicts.stream().max(Comparator.comparing(FitResult::status)
                .thenComparing(verdict -> -verdicts.indexOf(verdict))).orElseThrow();
    }

    private void checkAgainstWall(DesignItem item, String noun, Dimensions size, RoomDimensions room, Wall wall,
            double toCm, List<FitResult> verdicts) {
        if (size.widthCm() != null) {
            double wallWidth = wall.width() * toCm;
            List<double[]> blocked = new ArrayList<>();
            for (Opening opening : room.openings()) {
                if (opening.wallId().equals(wall.id()) && blocks(opening, size.heightCm(), toCm)) {
                    blocked.add(new double[] {opening.position() * toCm, (opening.position() + opening.width()) * toCm});
                }
            }
            double free = longestFreeStretch(wallWidth, blocked);
            String where = blocked.isEmpty() ? "Wall " + wall.id() + " is " + length(wallWidth)
                    : "The longest stretch of wall " + wall.id() + " clear of its door and windows is " + length(free);
            double width = size.widthCm();
            String what = where + " — this " + noun + " is " + length(width) + " wide";
            if (width > free) {
                verdicts.add(new FitResult(FitStatus.TOO_LARGE, what + "."));
            } else if (width + 2 * clearances.sideClearanceCm() > free) {
                verdicts.add(new FitResult(FitStatus.TIGHT, what + ", leaving less than "
                        + length(clearances.sideClearanceCm()) + " each side."));
            } else {
                verdicts.add(new FitResult(FitStatus.FITS, what + "."));
            }
        }
        if (size.depthCm() != null) {
            double across = acrossFrom(wall, room) * toCm;
            double depth = size.depthCm();
            if (depth > across) {
                verdicts.add(new FitResult(FitStatus.TOO_LARGE, "The room is " + length(across) + " deep from wall "
                        + wall.id() + " — this " + noun + " is " + length(depth) + " deep."));
            } else if (NEED_WALKWAY.contains(item.group())) {
                double walkway = across - depth;
                String sentence = "Against wall " + wall.id() + " this " + noun + " leaves " + length(walkway)
                        + " to walk in front of it";
                verdicts.add(walkway < clearances.walkwayCm()
                        ? new FitResult(FitStatus.TIGHT, sentence + " (" + length(clearances.walkwayCm()) + " recommended).")
                        : new FitResult(FitStatus.FITS, sentence + "."));
            }
        }
    }

    private void checkOnFloor(DesignItem item, String noun, Dimensions size, RoomDimensions room, double toCm,
            List<FitResult> verdicts) {
        Double width = size.widthCm() != null ? size.widthCm() : size.depthCm();
        Double depth = size.depthCm() != null ? size.depthCm() : size.widthCm();
        if (width == null) {
            return;
        }
        double roomWidth = room.room().width() * toCm;
        double roomLength = room.room().length() * toCm;
        boolean rug = item.group() == CategoryGroup.RUGS_AND_FLOORING;
        double margin = rug ? clearances.rugBorderCm()
                : NEED_WALKWAY.contains(item.group()) ? clearances.walkwayCm() : clearances.sideClearanceCm();
        String marginWords = rug ? "of floor around it" : NEED_WALKWAY.contains(item.group()) ? "to walk around it"
                : "around it";
        String what = "Your room is " + area(roomWidth, roomLength) + " — this " + noun + " is " + area(width, depth);
        if (!fitsEitherWay(width, depth, roomWidth, roomLength)) {
            verdicts.add(new FitResult(FitStatus.TOO_LARGE, what + "."));
        } else if (!fitsEitherWay(width + 2 * margin, depth + 2 * margin, roomWidth, roomLength)) {
            verdicts.add(new FitResult(FitStatus.TIGHT, what + ", leaving less than " + length(margin) + " "
                    + marginWords + "."));
        } else {
            verdicts.add(new FitResult(FitStatus.FITS, what + " and leaves at least " + length(margin) + " "
                    + marginWords + "."));
        }
        double floorSquareMetres = room.floorAreaSquareMetres();
        double coveredSquareMetres = width * depth / 10_000;
        if (rug && coveredSquareMetres > floorSquareMetres) {
            verdicts.add(new FitResult(FitStatus.TOO_LARGE, String.format(Locale.ROOT,
                    "Your floor is %.1f m² — this %s covers %.1f m².", floorSquareMetres, noun, coveredSquareMetres)));
        }
    }

    private FitResult height(String noun, double height, double ceiling) {
        String what = "Your ceiling is " + length(ceiling) + " — this " + noun + " is " + length(height) + " tall";
        if (height > ceiling) {
            return new FitResult(FitStatus.TOO_LARGE, what + ".");
        }
        if (height > ceiling - clearances.ceilingClearanceCm()) {
            return new FitResult(FitStatus.TIGHT, what + ", with less than " + length(clearances.ceilingClearanceCm())
                    + " to spare to stand it up.");
        }
        return new FitResult(FitStatus.FITS, what + ".");
    }

    /** A door blocks anything; a window what is taller than its sill (or of unknown height). */
    private boolean blocks(Opening opening, Double itemHeight, double toCm) {
        if (!"window".equals(opening.type())) {
            return true;
        }
        double sill = Math.max(0, clearances.windowHeadHeightCm() - opening.height() * toCm);
        return itemHeight == null || itemHeight > sill;
    }

    private static double longestFreeStretch(double wallWidth, List<double[]> blocked) {
        blocked.sort(Comparator.comparingDouble(interval -> interval[0]));
        double longest = 0;
        double from = 0;
        for (double[] interval : blocked) {
            longest = Math.max(longest, interval[0] - from);
            from = Math.max(from, interval[1]);
        }
        return Math.max(longest, wallWidth - from);
    }

    /**
     * The room's size across from a wall, in the scan's unit: the scan does not say which room side a wall runs
     * along, so it is the side whose length is closer to the wall's, and across is the other one.
     */
    private static double acrossFrom(Wall wall, RoomDimensions room) {
        double width = room.room().width();
        double length = room.room().length();
        return Math.abs(wall.width() - width) <= Math.abs(wall.width() - length) ? length : width;
    }

    private static boolean fitsEitherWay(double a, double b, double roomWidth, double roomLength) {
        return a <= roomWidth && b <= roomLength || b <= roomWidth && a <= roomLength;
    }

    /** "45 cm" under a metre, else "2.4 m", "2.28 m", "2.0 m". */
    static String length(double cm) {
        return cm < 100 ? Math.round(cm) + " cm" : metres(cm) + " m";
    }

    /** "3.6 × 4.2 m", or "118 × 50 cm" when a side is under a metre. */
    private static String area(double widthCm, double lengthCm) {
        return widthCm < 100 || lengthCm < 100 ? Math.round(widthCm) + " × " + Math.round(lengthCm) + " cm"
                : metres(widthCm) + " × " + metres(lengthCm) + " m";
    }

    private static String metres(double cm) {
        String metres = String.format(Locale.ROOT, "%.2f", cm / 100);
        return metres.endsWith("0") ? metres.substring(0, metres.length() - 1) : metres;
    }
}
