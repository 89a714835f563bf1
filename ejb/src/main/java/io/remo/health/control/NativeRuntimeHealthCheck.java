package io.remo.health.control;

import io.remo.natives.api.NativeRuntimeStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** What the native libraries computed at start; a node whose OpenCV or DJL cannot run is not ready for jobs. */
@Readiness
@ApplicationScoped
public class NativeRuntimeHealthCheck implements HealthCheck {

    @EJB(lookup = NativeRuntimeStatus.JNDI_NAME)
    NativeRuntimeStatus probe;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("native-runtime").status(probe.allOk());
        probe.checks().forEach((library, check) ->
                response.withData(library, (check.ok() ? "" : "FAILED: ") + check.detail() + " [" + check.millis() + " ms]"));
        return response.build();
    }
}
