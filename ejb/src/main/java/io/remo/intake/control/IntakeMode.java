package io.remo.intake.control;

import java.util.Arrays;
import java.util.Locale;

/** How much the intake asks. */
public enum IntakeMode {

    /** Three questions: the room, the feel, what to keep. */
    QUICK,
    /** About ten questions covering every field of the brief, plus one per inspiration photo note. */
    FULL,
    /** The person describes the room freely; only what is missing is asked after. */
    OPEN,
    /** No conversation: the pipeline works from the photos (and any inspiration notes). */
    SKIPPED;

    /** "quick", "full", "open", "skipped". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IntakeMode ofKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an intake mode: " + key));
    }
}
