package io.remo.pipeline.engine.djl;

import io.remo.pipeline.engine.JobCancelledException;
import io.remo.pipeline.engine.JobControl;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many jobs compute on the engine's device at once: as many as the memory left after loading the models holds
 * (free bytes / bytes one job needs, at least 1, at most a configured cap); the others queue in arrival order. A
 * queued job still notices its cancellation.
 */
public final class GpuAdmission {

    /** How often a queued job looks at its cancellation flag. */
    private static final long CANCEL_CHECK_MILLIS = 200;

    private final Semaphore permits;
    private final int size;

    private GpuAdmission(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("admission needs at least one slot, got " + size);
        }
        this.size = size;
        this.permits = new Semaphore(size, true);
    }

    public static GpuAdmission ofSlots(int slots) {
        return new GpuAdmission(slots);
    }

    /** Slots for the memory the device has free: floor(free / perJob), between 1 and {@code maxSlots}. */
    public static GpuAdmission forMemory(long freeBytes, long bytesPerJob, int maxSlots) {
        if (bytesPerJob <= 0) {
            throw new IllegalArgumentException("bytes per job must be positive, got " + bytesPerJob);
        }
        long fitting = Math.max(1, freeBytes / bytesPerJob);
        return new GpuAdmission((int) Math.min(fitting, maxSlots));
    }

    public int size() {
        return size;
    }

    public int available() {
        return permits.availablePermits();
    }

    /** Waits for a slot; closing the ticket gives it back. Throws {@link JobCancelledException} if cancelled. */
    public Ticket admit(JobControl control) {
        control.checkCancelled();
        if (!permits.tryAcquire()) {
            control.progress(0, "waiting for a free slot on the device");
            try {
                while (!permits.tryAcquire(CANCEL_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    control.checkCancelled();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JobCancelledException();
            }
        }
        return new Ticket();
    }

    /**
     * Takes every slot, waiting up to {@code timeout} for the jobs computing now to give theirs back; jobs that come
     * later queue for good (they still notice their cancellation). Returns false when the time ran out.
     */
    public boolean drain(Duration timeout) {
        try {
            return permits.tryAcquire(size, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One admitted job's slot. */
    public final class Ticket implements AutoCloseable {

        private boolean released;

        private Ticket() {
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                permits.release();
            }
        }
    }
}
