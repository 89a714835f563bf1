package io.remo.revision;

import io.remo.revision.fidelity.FidelityMeter;
import io.remo.revision.mask.MaskSettings;

/**
 * @param masks           how region masks are made
 * @param changeThreshold a pixel counts as changed when a channel moved by more than this
 */
public record RevisionSettings(MaskSettings masks, int changeThreshold) {

    public static final RevisionSettings DEFAULT = new RevisionSettings(MaskSettings.DEFAULT,
            FidelityMeter.DEFAULT_THRESHOLD);
}
