package io.remo.it.support.reuse;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.KillContainer;
import org.jboss.arquillian.container.spi.event.StopContainer;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps a client-mode deployment on a suite container when the next test class deploys the identical archive, so
 * the same EAR is not undeployed and deployed again (about 4 s a class). The undeploy a test class asks for is
 * postponed until a different archive must be deployed or the container stops; the archive identity is its
 * content ({@link ArchiveFingerprint}), so a class with its own configuration still gets a fresh deployment.
 * In-container tests, deployments a test makes itself and the restart tests' manual container always deploy for
 * real. {@link DeploymentGroupOrder} runs the classes that share an archive one after another.
 */
public class DeploymentReuse {

    private static final Logger LOG = Logger.getLogger(DeploymentReuse.class.getName());

    /** Lower than Arquillian's own interceptors (0), so the container and deployment contexts are active. */
    private static final int INSIDE_CONTEXTS = -100;

    /** The deployment each container holds though its test class asked for its removal. */
    private final Map<String, Kept> kept = new HashMap<>();

    /** What each container's current reusable deployment answered (the deployment context may not keep it). */
    private final Map<String, Kept> deployed = new HashMap<>();

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> descriptionProducer;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deploymentProducer;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    /** Registers the observer with Arquillian (META-INF/services). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(DeploymentReuse.class);
        }
    }

    private record Kept(Archive<?> archive, String fingerprint, ProtocolMetaData metaData) {
    }

    public void deploy(@Observes(precedence = INSIDE_CONTEXTS) EventContext<DeployDeployment> context)
            throws Exception {
        DeployDeployment event = context.getEvent();
        Container<?> container = event.getContainer();
        Deployment deployment = event.getDeployment();
        if (!reusable(container, deployment.getDescription())) {
            releaseKept(container);
            context.proceed();
            return;
        }
        String fingerprint = ArchiveFingerprint.of(deployment.getDescription().getArchive());
        Kept held = kept.remove(container.getName());
        if (held != null && held.fingerprint().equals(fingerprint)) {
            LOG.info(() -> "reusing the deployment " + held.archive().getName() + " (identical archive)");
            descriptionProducer.set(deployment.getDescription());
            deploymentProducer.set(deployment);
            protocolMetaData.set(held.metaData());
            deployment.deployed();
            deployed.put(container.getName(), new Kept(deployment.getDescription().getArchive(), fingerprint,
                    held.metaData()));
            return;
        }
        if (held != null) {
            event.getDeployableContainer().undeploy(held.archive());
        }
        context.proceed();
        if (deployment.isDeployed()) {
            ProtocolMetaData answer = protocolMetaData.get();
            deployed.put(container.getName(), new Kept(deployment.getDescription().getArchive(), fingerprint,
                    answer != null ? answer : new ProtocolMetaData()));
        }
    }

    public void undeploy(@Observes(precedence = INSIDE_CONTEXTS) EventContext<UnDeployDeployment> context) {
        UnDeployDeployment event = context.getEvent();
        Container<?> container = event.getContainer();
        Deployment deployment = event.getDeployment();
        Kept current = deployed.remove(container.getName());
        if (!reusable(container, deployment.getDescription()) || deployment.hasDeploymentError() || current == null
                || current.archive() != deployment.getDescription().getArchive()) {
            context.proceed();
            return;
        }
        kept.put(container.getName(), current);
        deployment.undeployed();
    }

    public void stop(@Observes(precedence = INSIDE_CONTEXTS) EventContext<StopContainer> context) {
        releaseKept(context.getEvent().getContainer());
        context.proceed();
    }

    public void kill(@Observes(precedence = INSIDE_CONTEXTS) EventContext<KillContainer> context) {
        kept.remove(context.getEvent().getContainer().getName());
        deployed.remove(context.getEvent().getContainer().getName());
        context.proceed();
    }

    private void releaseKept(Container<?> container) {
        Kept held = kept.remove(container.getName());
        if (held != null) {
            try {
                container.getDeployableContainer().undeploy(held.archive());
            } catch (Exception e) {
                throw new IllegalStateException("could not undeploy the kept " + held.archive().getName(), e);
            }
        }
    }

    /**
     * Client-mode archive deployments that Arquillian manages, on containers that live for the whole suite. A test
     * that deploys by hand ({@code managed = false}) redeploys on purpose (another node role, say).
     */
    private static boolean reusable(Container<?> container, DeploymentDescription description) {
        String mode = container.getContainerConfiguration().getMode();
        return description.isArchiveDeployment() && description.managed() && !description.testable()
                && (mode == null || "suite".equals(mode));
    }
}
