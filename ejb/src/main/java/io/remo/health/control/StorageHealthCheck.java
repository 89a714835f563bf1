package io.remo.health.control;

import io.remo.storage.api.StorageUnavailableException;
import io.remo.storage.api.ObjectStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the bucket answers (and exists: the check creates it when the store was down at start). */
@Readiness
@ApplicationScoped
public class StorageHealthCheck implements HealthCheck {

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Inject
    @ConfigProperty(name = "remo.health.storage-timeout")
    Duration timeout;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("object-storage").withData("location", objectStore.location());
        try {
            objectStore.checkBucket(timeout);
            return response.up().build();
        } catch (StorageUnavailableException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
