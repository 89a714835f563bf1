package io.remo.pipeline.batch;

import io.remo.pipeline.engine.djl.DjlEngineSettings;
import io.remo.pipeline.engine.djl.LocalModelStoreSource;
import io.remo.pipeline.engine.djl.Sampler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The DJL engine's settings from the {@code remo.djl.*} properties (defaults in this jar's
 * microprofile-config.properties, where each is explained).
 */
public final class DjlEngineConfig {

    public static final String PREFIX = "remo.djl.";
    private static final long MIB = 1L << 20;

    private DjlEngineConfig() {
    }

    /** @param property the value of a property, by its full name; every {@code remo.djl.*} one must have a value */
    public static DjlEngineSettings settings(UnaryOperator<String> property) {
        Values values = new Values(property);
        return DjlEngineSettings.builder(new LocalModelStoreSource(Path.of(values.text("store"))))
                .sampler(values.sampler())
                .steps(values.integer("steps"))
                .guidanceScale(values.decimal("guidance-scale"))
                .strength(values.decimal("strength"))
                .controlScales(values.decimal("depth-scale"), values.decimal("edges-scale"))
                .moveStrength(values.decimal("move-strength"))
                .maxEditLongSide(values.integer("max-edit-long-side"))
                .warmUpSizes(values.sizes("warm-up-sizes"))
                .bytesPerJob(values.integer("job-memory-mib") * MIB)
                .maxConcurrentJobs(values.integer("max-concurrent-jobs"))
                .cpuConcurrentJobs(values.integer("cpu-concurrent-jobs"))
                .gpuIndex(values.integer("gpu-index"))
                .build();
    }

    /** PyTorch's intra-op threads on the CPU ({@code remo.djl.cpu-threads}); 0 keeps libtorch's choice. */
    public static int cpuThreads(UnaryOperator<String> property) {
        return new Values(property).integer("cpu-threads");
    }

    /** Reads and parses one property at a time, naming it in any complaint. */
    private record Values(UnaryOperator<String> property) {

        String text(String name) {
            String value = property.apply(PREFIX + name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(PREFIX + name + " is not set");
            }
            return value.trim();
        }

        int integer(String name) {
            try {
                return Integer.parseInt(text(name));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + name + " is not a whole number: " + text(name), e);
            }
        }

        double decimal(String name) {
            try {
                return Double.parseDouble(text(name));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + name + " is not a number: " + text(name), e);
            }
        }

        Sampler sampler() {
            try {
                return Sampler.valueOf(text("sampler").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PREFIX + "sampler is " + text("sampler") + ", one of "
                        + List.of(Sampler.values()) + " expected", e);
            }
        }

        /** "768x576,576x768" */
        List<DjlEngineSettings.Size> sizes(String name) {
            List<DjlEngineSettings.Size> sizes = new ArrayList<>();
            for (String size : text(name).split(",")) {
                String[] sides = size.trim().toLowerCase(Locale.ROOT).split("x");
                try {
                    if (sides.length != 2) {
                        throw new NumberFormatException(size);
                    }
                    sizes.add(new DjlEngineSettings.Size(Integer.parseInt(sides[0].trim()),
                            Integer.parseInt(sides[1].trim())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(PREFIX + name + ": '" + size.trim() + "' is not WIDTHxHEIGHT",
                            e);
                }
            }
            return sizes;
        }
    }
}
