package io.remo.pipeline.batch;

import io.remo.pipeline.api.PipelineRuns;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a run's progress off the steps' threads. Each report is a transaction (run row, event log, JMS topic) that
 * would otherwise stall the engine; here a step's newest unsent report supersedes its older unsent ones (each step
 * is still announced), and one sender per run keeps them in order. Whoever reports a run's end (its publication, the
 * job's end) flushes first, so no progress event follows "complete" or "error".
 */
@ApplicationScoped
public class ProgressSender {

    private static final Logger LOG = Logger.getLogger(ProgressSender.class.getName());
    private static final long FLUSH_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    @EJB(lookup = PipelineRuns.JNDI_NAME)
    PipelineRuns runs;

    @Resource
    ManagedExecutorService executor;

    private final Map<UUID, Channel> channels = new ConcurrentHashMap<>();

    private record Update(String step, int percent, String message) {
    }

    private static final class Channel {
        private final Deque<Update> pending = new ArrayDeque<>();
        private boolean sending;
    }

    public void submit(UUID runId, String step, int percent, String message) {
        Channel channel = channels.computeIfAbsent(runId, id -> new Channel());
        boolean startSender;
        synchronized (channel) {
            Update last = channel.pending.peekLast();
            if (last != null && last.step().equals(step)) {
                if (percent >= last.percent()) {
                    channel.pending.pollLast();
                    channel.pending.addLast(new Update(step, percent, message));
                }
            } else {
                channel.pending.addLast(new Update(step, percent, message));
            }
            startSender = !channel.sending;
            channel.sending = true;
        }
        if (startSender) {
            try {
                executor.execute(() -> drain(runId, channel));
            } catch (RejectedExecutionException e) {
                drain(runId, channel); // the server is shutting down: report on this thread
            }
        }
    }

    private void drain(UUID runId, Channel channel) {
        while (true) {
            Update next;
            synchronized (channel) {
                next = channel.pending.pollFirst();
                if (next == null) {
                    channel.sending = false;
                    channel.notifyAll();
                    return;
                }
            }
            try {
                runs.progress(runId, next.step(), next.percent(), next.message());
            } catch (RuntimeException e) {
                // Progress is advisory: a lost report is superseded by the next one or by the run's end.
                LOG.log(Level.FINE, "progress of run " + runId + " not recorded", e);
            }
        }
    }

    /** Waits until the run's reports submitted so far were sent (at most one per step is left to send). */
    public void flush(UUID runId) {
        Channel channel = channels.get(runId);
        if (channel == null) {
            return;
        }
        long deadline = System.nanoTime() + FLUSH_TIMEOUT_NANOS;
        synchronized (channel) {
            while (channel.sending) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warning(() -> "progress of run " + runId + " still sending after 10 s; going on");
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(channel, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void release(@Observes RunJobReporter.RunEnded ended) {
        channels.remove(ended.runId());
    }
}
