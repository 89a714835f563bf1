package io.remo.imaging;

import java.util.List;
import java.util.OptionalInt;

/**
 * What {@link PhotoQuality} measured on one photo and the problems it found, most basic first.
 *
 * @param width the upright width of the photo as uploaded
 * @param height the upright height
 * @param sharpness the weakest directional part of the Laplacian: the variance of the second difference along 0, 45,
 *     90 or 135 degrees, whichever is least, on the contrast-stretched grey picture at analysis size; focus blur and
 *     shake lower it (sharp phone photos of rooms measure above 10, blurred ones below 5)
 * @param meanLuminance mean grey level, 0 to 255
 * @param darkFraction share of pixels at or below {@value PhotoQuality#DARK_LEVEL}
 * @param brightFraction share of pixels at or above {@value PhotoQuality#BRIGHT_LEVEL}
 * @param hash the perceptual hash, to keep for comparison with the project's later photos
 * @param nearestDistance the smallest hash distance to the other photos given; empty when none were
 * @param room the evidence for and against "this is a room"
 */
public record PhotoAssessment(int width, int height, double sharpness, double meanLuminance, double darkFraction,
        double brightFraction, PerceptualHash hash, OptionalInt nearestDistance, RoomEvidence room, List<PhotoProblem> problems) {

    public PhotoAssessment {
        problems = List.copyOf(problems);
    }

    public int longSide() {
        return Math.max(width, height);
    }

    public boolean acceptable() {
        return problems.isEmpty();
    }
}
