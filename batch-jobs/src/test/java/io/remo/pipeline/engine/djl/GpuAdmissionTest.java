package io.remo.pipeline.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.pipeline.engine.JobCancelledException;
import io.remo.pipeline.engine.JobControl;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GpuAdmissionTest {

    private static final long GIB = 1L << 30;

    @Test
    void sizesFromFreeMemoryWithinOneAndTheCap() {
        assertThat(GpuAdmission.forMemory(20 * GIB, 6 * GIB, 4).size()).isEqualTo(3);
        assertThat(GpuAdmission.forMemory(70 * GIB, 6 * GIB, 4).size()).isEqualTo(4);
        assertThat(GpuAdmission.forMemory(2 * GIB, 6 * GIB, 4).size()).isEqualTo(1);
        assertThatThrownBy(() -> GpuAdmission.forMemory(20 * GIB, 0, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queuesTheJobThatFindsNoSlotUntilOneIsGivenBack() throws Exception {
        GpuAdmission admission = GpuAdmission.ofSlots(1);
        GpuAdmission.Ticket first = admission.admit(JobControl.NONE);
        WaitingControl second = new WaitingControl();

        CompletableFuture<GpuAdmission.Ticket> queued = CompletableFuture.supplyAsync(() -> admission.admit(second));
        assertThat(second.waiting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queued).isNotDone();

        first.close();
        first.close(); // a ticket gives its slot back once
        try (GpuAdmission.Ticket admitted = queued.get(10, TimeUnit.SECONDS)) {
            assertThat(admitted).isNotNull();
            assertThat(admission.available()).isZero();
        }
        assertThat(admission.available()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("try") // the held ticket keeps the only slot taken
    void aQueuedJobThatIsCancelledLeavesTheQueue() throws Exception {
        GpuAdmission admission = GpuAdmission.ofSlots(1);
        try (GpuAdmission.Ticket held = admission.admit(JobControl.NONE)) {
            WaitingControl control = new WaitingControl();
            CompletableFuture<GpuAdmission.Ticket> queued = CompletableFuture.supplyAsync(() -> admission.admit(control));
            assertThat(control.waiting.await(10, TimeUnit.SECONDS)).isTrue();

            control.cancel.set(true);

            assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(JobCancelledException.class);
            assertThat(admission.available()).isZero();
        }
        assertThat(admission.available()).isEqualTo(1);
    }

    @Test
    void drainingWaitsForTheJobsComputingAndKeepsLaterOnesOut() throws Exception {
        GpuAdmission admission = GpuAdmission.ofSlots(2);
        GpuAdmission.Ticket computing = admission.admit(JobControl.NONE);

        assertThat(admission.drain(Duration.ofMillis(50))).isFalse();
        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> admission.drain(Duration.ofSeconds(10)));
        computing.close();

        assertThat(drained.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(admission.available()).isZero();
        WaitingControl later = new WaitingControl();
        CompletableFuture<GpuAdmission.Ticket> queued = CompletableFuture.supplyAsync(() -> admission.admit(later));
        assertThat(later.waiting.await(10, TimeUnit.SECONDS)).isTrue();
        later.cancel.set(true);
        assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(JobCancelledException.class);
    }

    /** Says when its job started waiting; cancels on demand. */
    private static final class WaitingControl implements JobControl {
        final CountDownLatch waiting = new CountDownLatch(1);
        final AtomicBoolean cancel = new AtomicBoolean();

        @Override
        public void progress(double fraction, String message) {
            if (message.startsWith("waiting")) {
                waiting.countDown();
            }
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }
    }
}
