package io.remo.pipeline.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The verify step's gates with the node's thresholds ({@code remo.pipeline.gates.*}): what passes depends on the
 * engine (the defaults are calibrated on the classical one's images).
 */
@ApplicationScoped
public class QualityGateSettings {

    @Inject
    @ConfigProperty(name = "remo.pipeline.gates.structure-min-f1")
    double structureMinF1;

    @Inject
    @ConfigProperty(name = "remo.pipeline.gates.structure-tolerance")
    double structureTolerance;

    @Inject
    @ConfigProperty(name = "remo.pipeline.gates.min-luminance-deviation")
    double minLuminanceDeviation;

    @Inject
    @ConfigProperty(name = "remo.pipeline.gates.max-clipped-share")
    double maxClippedShare;

    @Inject
    @ConfigProperty(name = "remo.pipeline.gates.min-mean-delta-e")
    double minMeanDeltaE;

    @Produces
    QualityGates gates() {
        return new QualityGates(new QualityGates.Thresholds(structureMinF1, structureTolerance, minLuminanceDeviation,
                maxClippedShare, minMeanDeltaE));
    }
}
