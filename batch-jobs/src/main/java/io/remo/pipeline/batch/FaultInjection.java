package io.remo.pipeline.batch;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Deliberate failures for resilience drills and tests, off unless {@code remo.pipeline.fault-injection} is set
 * (read at each step, so a system property changed at run time takes effect): a comma-separated list of
 * {@code fail:<step>} (the step fails with FAULT_INJECTED), {@code hang:<step>} (the step's engine work blocks at its
 * first progress report until the job is stopped) and {@code hang-once:<step>} (the same, only in a run's first
 * execution, so a restarted run goes through).
 */
public final class FaultInjection {

    public static final String PROPERTY = "remo.pipeline.fault-injection";

    public enum Kind { FAIL, HANG, HANG_ONCE }

    private FaultInjection() {
    }

    public static Optional<Kind> at(String step) {
        String spec = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse("");
        return Arrays.stream(spec.split(",")).map(String::trim).filter(f -> f.endsWith(":" + step))
                .map(f -> switch (f.substring(0, f.indexOf(':'))) {
                    case "fail" -> Kind.FAIL;
                    case "hang" -> Kind.HANG;
                    case "hang-once" -> Kind.HANG_ONCE;
                    default -> throw new IllegalArgumentException("unknown fault " + f + " in " + PROPERTY);
                })
                .findFirst();
    }
}
