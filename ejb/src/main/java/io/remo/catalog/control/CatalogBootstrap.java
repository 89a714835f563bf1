package io.remo.catalog.control;

import io.remo.node.api.NodeRoles;
import io.remo.pipeline.control.JobStarter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A node that finds the catalogue empty imports it (first start of a fresh installation); a node without the gpu
 * role leaves that to the gpu nodes, which run the pipeline's jobs.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogBootstrap {

    public static final String IMPORT_JOB = "catalog-import";
    private static final Logger LOG = Logger.getLogger(CatalogBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    JobStarter jobs;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "remo.catalog.import-on-start")
    boolean importOnStart;

    @PostConstruct
    void importWhenEmpty() {
        if (importOnStart && NodeRoles.from(config).runsHere(IMPORT_JOB)
                && em.createNativeQuery("select 1 from catalog_products limit 1").getResultList().isEmpty()) {
            long execution = jobs.start(IMPORT_JOB, Map.of());
            LOG.info(() -> "catalogue empty: import started (job execution " + execution + ")");
        }
    }

    /** An operator's re-import (idempotent: only changed products are rewritten). */
    public long reimport() {
        return jobs.start(IMPORT_JOB, Map.of());
    }
}
