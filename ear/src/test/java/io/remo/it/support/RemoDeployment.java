package io.remo.it.support;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR that `mvn package` built, deployed as it is, or with configuration overrides (short lifecycle
 * durations, say) in a small jar added to lib/: a MicroProfile Config source of higher ordinal than the
 * application's own defaults.
 */
public final class RemoDeployment {

    /** The name the application has in production; JNDI names and timer owners derive from it. */
    public static final String NAME = "remo.ear";

    /** Lifecycle durations of seconds (abandonment after 6 s, failed purges retried after 1 s, at most 2 s apart). */
    public static final Map<String, String> SHORT_LIFECYCLE = Map.of(
            "remo.lifecycle.abandon-after", "PT6S",
            "remo.lifecycle.purge-retry-initial", "PT1S",
            "remo.lifecycle.purge-retry-max", "PT2S");

    private RemoDeployment() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, NAME).importFrom(ItEnvironment.earFile().toFile())
                .as(EnterpriseArchive.class);
    }

    /**
     * For tests that run inside the server: the test class, this support package and the assertion libraries go
     * into the web module, which sees the EJB module's classes.
     */
    public static EnterpriseArchive inContainer(Class<?> testClass, Map<String, String> config) {
        EnterpriseArchive ear = config.isEmpty() ? ear() : ear(config);
        WebArchive web = ear.getAsType(WebArchive.class, "remo-web.war");
        web.addClass(testClass).addPackage(RemoDeployment.class.getPackage());
        for (Class<?> library : new Class<?>[] {org.assertj.core.api.Assertions.class, org.awaitility.Awaitility.class,
                org.hamcrest.Matcher.class}) {
            web.addAsLibrary(jarOf(library));
        }
        return ear;
    }

    public static EnterpriseArchive inContainer(Class<?> testClass) {
        return inContainer(testClass, Map.of());
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EnterpriseArchive ear(Map<String, String> config) {
        String properties = "config_ordinal=500\n" + config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        JavaArchive overrides = ShrinkWrap.create(JavaArchive.class, "remo-test-config.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        return ear().addAsLibrary(overrides);
    }
}
