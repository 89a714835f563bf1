package io.remo.pipeline.batch;

import io.remo.pipeline.engine.RedesignEngine;
import io.remo.pipeline.engine.classical.ClassicalEngine;
import io.remo.pipeline.engine.classical.ClassicalRegionEditor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The node's engine, chosen by {@code remo.engine}, built once and shared by all jobs (engines are thread-safe). */
@ApplicationScoped
public class Engines {

    @Inject
    @ConfigProperty(name = "remo.engine", defaultValue = "classical")
    String engineName;

    @Inject
    @ConfigProperty(name = "remo.pipeline.working-long-side", defaultValue = "1024")
    int workingLongSide;

    private volatile RedesignEngine engine;

    public RedesignEngine engine() {
        RedesignEngine current = engine;
        if (current == null) {
            synchronized (this) {
                current = engine;
                if (current == null) {
                    current = create();
                    engine = current;
                }
            }
        }
        return current;
    }

    private RedesignEngine create() {
        return switch (engineName) {
            case "classical" -> new ClassicalEngine(new ClassicalRegionEditor(), workingLongSide);
            default -> throw new IllegalStateException("remo.engine=" + engineName + " is not an engine of this node "
                    + "(classical or djl)");
        };
    }
}
