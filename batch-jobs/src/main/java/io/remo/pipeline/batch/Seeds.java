package io.remo.pipeline.batch;

import java.util.UUID;

/**
 * Seeds derived from what is being made: the same project, generation, option and attempt always give the same
 * seed, so a restarted job renders the same bytes, and a regeneration after a failed gate gets a new one.
 */
public final class Seeds {

    private Seeds() {
    }

    public static long of(UUID projectId, int generation, int index, int attempt) {
        long h = projectId.getMostSignificantBits() ^ Long.rotateLeft(projectId.getLeastSignificantBits(), 17);
        h = mix(h + 0x9E3779B97F4A7C15L * generation);
        h = mix(h + 0xC2B2AE3D27D4EB4FL * (index + 1));
        return mix(h + 0x165667B19E3779F9L * (attempt + 1));
    }

    /** SplitMix64's finaliser: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
