package io.remo.revision.edit;

import java.util.Random;

/** Smooth random fields for procedural finishes: values on a grid of cells, blended with smoothstep. */
final class ValueNoise {

    private ValueNoise() {
    }

    /** Noise in [-1, 1] with features about cellX by cellY pixels large. */
    static float[] field(int width, int height, double cellX, double cellY, Random random) {
        int gridWidth = (int) Math.ceil(width / cellX) + 2;
        int gridHeight = (int) Math.ceil(height / cellY) + 2;
        float[] grid = new float[gridWidth * gridHeight];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = random.nextFloat() * 2 - 1;
        }
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            double fy = y / cellY;
            int iy = (int) fy;
            double ty = smooth(fy - iy);
            for (int x = 0; x < width; x++) {
                double fx = x / cellX;
                int ix = (int) fx;
                double tx = smooth(fx - ix);
                int g = iy * gridWidth + ix;
                double top = grid[g] + (grid[g + 1] - grid[g]) * tx;
                double bottom = grid[g + gridWidth] + (grid[g + gridWidth + 1] - grid[g + gridWidth]) * tx;
                out[y * width + x] = (float) (top + (bottom - top) * ty);
            }
        }
        return out;
    }

    /** Octaves of noise, each half the size and half the weight of the previous; roughly in [-1, 1]. */
    static float[] fractal(int width, int height, double cell, int octaves, Random random) {
        float[] sum = new float[width * height];
        double weight = 1;
        double total = 0;
        for (int octave = 0; octave < octaves; octave++) {
            float[] layer = field(width, height, Math.max(1, cell), Math.max(1, cell), random);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += (float) (layer[i] * weight);
            }
            total += weight;
            weight /= 2;
            cell /= 2;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= (float) total;
        }
        return sum;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
