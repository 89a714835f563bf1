package io.remo.pipeline.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.EngineException;
import org.junit.jupiter.api.Test;

/** Failures are classified from the messages PyTorch writes (as DJL passes them on). */
class EngineFailureExceptionTest {

    @Test
    void classifiesCudaOutOfMemory() {
        assertThat(EngineFailureException.classify(new EngineException("The following operation failed in the "
                + "TorchScript interpreter.\nRuntimeError: CUDA out of memory. Tried to allocate 1.50 GiB (GPU 0; "
                + "79.19 GiB total capacity)"))).isEqualTo(EngineFailureException.Code.GPU_OUT_OF_MEMORY);
        assertThat(EngineFailureException.classify(new EngineException("torch.OutOfMemoryError: CUDA out of "
                + "memory. Tried to allocate 20.00 MiB"))).isEqualTo(EngineFailureException.Code.GPU_OUT_OF_MEMORY);
    }

    @Test
    void classifiesCudaRuntimeErrors() {
        assertThat(EngineFailureException.classify(new EngineException("CUDA error: an illegal memory access was "
                + "encountered"))).isEqualTo(EngineFailureException.Code.GPU_CUDA_ERROR);
        assertThat(EngineFailureException.classify(new EngineException("CUBLAS_STATUS_EXECUTION_FAILED when "
                + "calling cublasGemmEx"))).isEqualTo(EngineFailureException.Code.GPU_CUDA_ERROR);
        assertThat(EngineFailureException.classify(new EngineException("cuDNN error: CUDNN_STATUS_INTERNAL_ERROR")))
                .isEqualTo(EngineFailureException.Code.GPU_CUDA_ERROR);
    }

    @Test
    void classifiesStoreAndOtherFailures() {
        assertThat(EngineFailureException.classify(new ModelStoreException("unet: output 0 is float32 (1, 3)")))
                .isEqualTo(EngineFailureException.Code.MODEL_STORE_INVALID);
        assertThat(EngineFailureException.classify(new EngineException("forward() Expected a value of type "
                + "'Tensor'"))).isEqualTo(EngineFailureException.Code.INFERENCE_FAILED);
        assertThat(EngineFailureException.classify(new EngineException((String) null)))
                .isEqualTo(EngineFailureException.Code.INFERENCE_FAILED);
    }

    @Test
    void onlyOutOfMemoryIsWorthRetrying() {
        RuntimeException cause = new EngineException("CUDA error: misaligned address");

        assertThat(new EngineFailureException(EngineFailureException.Code.GPU_CUDA_ERROR, "vae-decoder", cause))
                .hasMessage("GPU_CUDA_ERROR in vae-decoder: CUDA error: misaligned address")
                .matches(failure -> !failure.retryable());
        assertThat(new EngineFailureException(EngineFailureException.Code.GPU_OUT_OF_MEMORY, "denoising 2/20", cause)
                .retryable()).isTrue();
    }
}
