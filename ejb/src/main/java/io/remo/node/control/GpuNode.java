package io.remo.node.control;

import io.remo.node.api.NodeEngine;
import io.remo.node.api.NodeRoles;
import io.remo.pipeline.control.JobQueue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the gpu role does on this server. At deployment the redesign engine loads in the background (the DJL engine
 * verifies its model store, loads the networks and warms up; /health/ready stays DOWN meanwhile); once it is ready,
 * one thread takes jobs from the {@link JobQueue} while fewer than {@code remo.node.max-running-jobs} runs execute
 * here, so queued work waits for a gpu node that has room rather than piling up on one. A node without the gpu
 * role neither loads the engine nor takes queued jobs.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "PipelineRecovery"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GpuNode {

    private static final Logger LOG = Logger.getLogger(GpuNode.class.getName());

    @Inject
    NodeEngine engine;

    @EJB
    JobQueue queue;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "remo.node.max-running-jobs")
    int maxRunningJobs;

    @Inject
    @ConfigProperty(name = "remo.node.queue-poll")
    Duration poll;

    private volatile boolean running;
    private volatile Thread taker;

    @PostConstruct
    void start() {
        NodeRoles roles = NodeRoles.from(config);
        LOG.info(() -> "node roles: " + roles.describe() + (roles.gpu() ? "" : "; jobs other than "
                + roles.localJobs() + " go to the gpu nodes through the job queue"));
        if (!roles.gpu()) {
            return;
        }
        running = true;
        engine.start(executor).whenComplete((ready, failure) -> {
            if (failure != null) {
                LOG.severe(() -> "this gpu node takes no queued jobs: its engine cannot run (" + failure + ")");
            } else if (running) {
                Thread thread = threads.newThread(this::takeQueuedJobs);
                thread.setName("remo-job-queue");
                taker = thread;
                thread.start();
            }
        });
    }

    private void takeQueuedJobs() {
        LOG.info(() -> "taking queued jobs, at most " + maxRunningJobs + " running here");
        while (running) {
            try {
                if (queue.activeRunsHere() >= maxRunningJobs) {
                    LockSupport.parkNanos(poll.toNanos()); // a run ends, or the node stops: looked at again then
                } else {
                    queue.startNext(poll);
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "could not take a queued job; trying again in " + poll, e);
                    LockSupport.parkNanos(poll.toNanos());
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread thread = taker;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                // A take in progress ends within one poll; the queue bean must outlive it.
                thread.join(poll.multipliedBy(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
