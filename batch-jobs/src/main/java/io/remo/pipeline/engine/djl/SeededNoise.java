package io.remo.pipeline.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/**
 * Gaussian noise from a seed, drawn in Java: {@link Random#nextGaussian()} is specified to the bit (polar method on
 * StrictMath), so the same seed gives the same latents on every JVM and on CPU and GPU alike, and concurrent jobs
 * do not share the native generator's global state.
 */
final class SeededNoise {

    private SeededNoise() {
    }

    static NDArray gaussian(NDManager manager, long seed, Shape shape) {
        Random random = new Random(seed);
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return manager.create(values, shape);
    }
}
