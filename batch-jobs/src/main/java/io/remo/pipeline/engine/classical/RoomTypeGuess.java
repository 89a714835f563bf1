package io.remo.pipeline.engine.classical;

import io.remo.pipeline.engine.RegionLabel;
import io.remo.pipeline.engine.classical.RoomSegmenter.Region;
import io.remo.pipeline.engine.classical.RoomSegmenter.Segmentation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guess at the room type from what the segmentation saw, by a handful of cues, each a score in 0 .. 1:
 * <ul>
 *   <li>living_room: a long low piece of furniture against a wall (a sofa), more so with other furniture;</li>
 *   <li>bedroom: one large piece that reaches from the wall far into the floor, lower than the horizon (a bed);</li>
 *   <li>kitchen: dense straight structure on the lower walls (cabinet fronts, appliances);</li>
 *   <li>bathroom: mostly light, neutral surfaces with dense straight structure (tiles, sanitary ware);</li>
 *   <li>hallway: a narrow far wall between deep side walls and little furniture;</li>
 *   <li>other: a constant floor, which wins when no cue is strong.</li>
 * </ul>
 * The confidence is the winner's share of all scores, scaled by {@value #CONFIDENCE_CEILING}: these cues are weak (a
 * sofa bed, an open-plan kitchen), so the guess never claims more than that. Dining rooms, offices and children's
 * rooms have no cue and are never guessed.
 */
final class RoomTypeGuess {

    static final double CONFIDENCE_CEILING = 0.6;
    private static final double OTHER_FLOOR = 0.25;

    record Guess(String roomType, double confidence) {
    }

    private RoomTypeGuess() {
    }

    static Guess guess(Segmentation segmentation, RoomLayout layout, LabPixels lab, byte[] edges) {
        int w = lab.width;
        int h = lab.height;
        double n = (double) w * h;
        double sofa = 0;
        double bed = 0;
        int furniturePieces = 0;
        for (Region region : segmentation.regions()) {
            if (region.label() != RegionLabel.FURNITURE) {
                continue;
            }
            furniturePieces++;
            double area = region.area() / n;
            double width = region.right() - region.left() + 1.0;
            double height = region.bottom() - region.top() + 1.0;
            double floorLine = layout.floorLine((region.left() + region.right()) / 2.0);
            boolean againstWall = region.top() < floorLine && region.bottom() < floorLine + 0.2 * h;
            if (againstWall && width > 1.8 * height && area > 0.02) {
                sofa = Math.max(sofa, Math.min(1, area / 0.06));
            }
            boolean reachesForward = region.bottom() > floorLine + 0.3 * (h - floorLine);
            if (reachesForward && region.top() < floorLine && region.top() > layout.vy() && area > 0.08) {
                bed = Math.max(bed, Math.min(1, area / 0.2));
            }
        }
        double lowerWallEdges = lowerWallEdgeDensity(segmentation, layout, edges, w, h);
        double lightNeutral = lightNeutralShare(lab);
        double backWallWidth = (layout.right() - layout.left()) / w;

        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("living_room", sofa * (furniturePieces > 1 ? 1 : 0.7));
        scores.put("bedroom", bed);
        scores.put("kitchen", Math.min(1, lowerWallEdges / 0.08) * (1 - lightNeutral / 2));
        scores.put("bathroom", Math.min(1, lightNeutral / 0.6) * Math.min(1, lowerWallEdges / 0.05));
        scores.put("hallway", backWallWidth < 0.25 && furniturePieces <= 1 ? 1 - backWallWidth * 2 : 0);
        scores.put("other", OTHER_FLOOR);
        String best = "other";
        double total = 0;
        for (Map.Entry<String, Double> entry : scores.entrySet()) {
            total += entry.getValue();
            if (entry.getValue() > scores.get(best)) {
                best = entry.getKey();
            }
        }
        return new Guess(best, CONFIDENCE_CEILING * scores.get(best) / total);
    }

    /** Share of wall pixels between the horizon and the floor line that are structural edges. */
    private static double lowerWallEdgeDensity(Segmentation segmentation, RoomLayout layout, byte[] edges, int w,
            int h) {
        int wall = 0;
        int edge = 0;
        for (int x = 0; x < w; x++) {
            int floorLine = (int) Math.min(h, layout.floorLine(x + 0.5));
            for (int y = (int) Math.max(0, layout.vy()); y < floorLine; y++) {
                int i = y * w + x;
                if (segmentation.labels()[i] != RegionLabel.WINDOW.code()
                        && RoomLayout.Surface.values()[segmentation.surfaces()[i]].isWall()) {
                    wall++;
                    if (edges[i] != 0) {
                        edge++;
                    }
                }
            }
        }
        return wall == 0 ? 0 : (double) edge / wall;
    }

    private static double lightNeutralShare(LabPixels lab) {
        int count = 0;
        for (int i = 0; i < lab.size(); i++) {
            if (lab.l[i] > 75 && Math.hypot(lab.a[i], lab.b[i]) < 10) {
                count++;
            }
        }
        return (double) count / lab.size();
    }
}
