package io.remo.health.control;

import io.remo.natives.api.CudaDevices;
import io.remo.node.api.EngineStatus;
import io.remo.node.api.NodeEngine;
import io.remo.node.api.NodeRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The node's roles, GPUs and redesign engine. A gpu node is ready only once its engine is loaded and warmed up (the
 * DJL engine's first render of a size is slow), so a load balancer or an orchestrator holds it back until then; a
 * node without the gpu role runs no generation and is ready without an engine.
 */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

    private static final long MIB = 1L << 20;

    @Inject
    NodeEngine engine;

    @Inject
    Config config;

    @Override
    public HealthCheckResponse call() {
        NodeRoles roles = NodeRoles.from(config);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("engine").withData("roles", roles.describe());
        reportGpus(response);
        if (!roles.gpu()) {
            return response.withData("engine", "none: generation jobs go to the gpu nodes").up().build();
        }
        EngineStatus status = engine.status();
        response.withData("engine", status.engine()).withData("state", status.state().name());
        if (status.device() != null) {
            response.withData("device", status.device());
        }
        if (status.models() != null) {
            response.withData("models", status.models());
        }
        if (status.concurrency() != null) {
            response.withData("concurrent-jobs", status.concurrency());
        }
        if (status.warmUpMillis() != null) {
            response.withData("load-and-warm-up-ms", status.warmUpMillis());
        }
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        return response.status(status.state() == EngineStatus.State.READY).build();
    }

    /** Count and, per device, free and total memory now (what the loaded models and running jobs leave). */
    private static void reportGpus(HealthCheckResponseBuilder response) {
        CudaDevices.Probe cuda = CudaDevices.probe();
        response.withData("gpus", cuda.gpus().size());
        if (!cuda.available()) {
            response.withData("cuda", cuda.reason());
            return;
        }
        for (CudaDevices.Gpu gpu : cuda.gpus()) {
            String memory;
            try {
                CudaDevices.Gpu now = CudaDevices.memoryOf(gpu.index());
                memory = now.freeBytes() / MIB + " MiB free of " + now.totalBytes() / MIB + " MiB";
            } catch (RuntimeException e) {
                memory = "unreadable: " + e.getMessage();
            }
            response.withData("gpu" + gpu.index(), memory);
        }
    }
}
