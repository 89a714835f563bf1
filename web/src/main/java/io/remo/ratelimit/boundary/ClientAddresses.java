package io.remo.ratelimit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The client address of a request under the configured {@code remo.rate.trusted-proxies} (none by default). */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "remo.rate.trusted-proxies")
    Optional<List<String>> trustedProxyEntries;

    private TrustedProxies trustedProxies;

    @PostConstruct
    void configure() {
        trustedProxies = new TrustedProxies(trustedProxyEntries.orElse(List.of()));
    }

    public String clientOf(String peer, List<String> forwardedFor) {
        return trustedProxies.clientOf(peer, forwardedFor);
    }
}
