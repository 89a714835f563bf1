package io.remo.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.EngineException;
import io.remo.pipeline.engine.djl.EngineFailureException;
import jakarta.batch.operations.BatchRuntimeException;
import org.junit.jupiter.api.Test;

/** What the phone is told of a failed step: the code, the job's step, the message, whether to try again. */
class RunStepReporterTest {

    @Test
    void anEngineFailureReachesThePhoneWithItsCodeAndRetryableWhenOutOfMemory() {
        var outOfMemory = new EngineFailureException(EngineFailureException.Code.GPU_OUT_OF_MEMORY, "denoising 3/8",
                new EngineException("CUDA out of memory. Tried to allocate 2.25 GiB"));

        // The batch runtime wraps what a chunk's processor throws.
        RunNotes.Failure failure = RunStepReporter.describe("generate", new BatchRuntimeException(outOfMemory));

        assertThat(failure.code()).isEqualTo("GPU_OUT_OF_MEMORY");
        assertThat(failure.step()).isEqualTo("generate");
        assertThat(failure.message()).isEqualTo("GPU_OUT_OF_MEMORY in denoising 3/8: CUDA out of memory. Tried to "
                + "allocate 2.25 GiB");
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void aCudaErrorOrABrokenModelIsNotWorthRetrying() {
        for (EngineFailureException.Code code : new EngineFailureException.Code[] {
                EngineFailureException.Code.GPU_CUDA_ERROR, EngineFailureException.Code.MODEL_STORE_INVALID}) {
            RunNotes.Failure failure = RunStepReporter.describe("analyze",
                    new EngineFailureException(code, "depth", new EngineException("CUDA error: misaligned address")));

            assertThat(failure.code()).isEqualTo(code.name());
            assertThat(failure.step()).isEqualTo("analyze");
            assertThat(failure.retryable()).isFalse();
        }
    }

    @Test
    void anythingElseIsAPipelineErrorWorthRetrying() {
        RunNotes.Failure failure = RunStepReporter.describe("publish", new IllegalStateException("boom"));

        assertThat(failure.code()).isEqualTo("PIPELINE_ERROR");
        assertThat(failure.message()).isEqualTo("IllegalStateException: boom");
        assertThat(failure.retryable()).isTrue();
    }
}
