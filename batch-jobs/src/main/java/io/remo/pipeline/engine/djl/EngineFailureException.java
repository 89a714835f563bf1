package io.remo.pipeline.engine.djl;

import io.remo.pipeline.api.PipelineFailure;
import java.util.Locale;

/**
 * A job the engine could not finish, with a stable code and the engine step it failed in (e.g. "denoising 7/20").
 * The engine has released the job's device memory before throwing; the next job runs normally, except after a
 * {@link Code#GPU_CUDA_ERROR}, which can leave the CUDA context unusable until the process restarts.
 *
 * <p>A {@link PipelineFailure}: the run reporting finds it in any step, whatever wraps it, and tells the phone its
 * code (the {@link Code}'s name), the job step it happened in, and whether trying again can help (only after running
 * out of memory). The engine step is in the message.
 */
public class EngineFailureException extends PipelineFailure {

    public enum Code {
        /** The device ran out of memory: retry later or with fewer concurrent jobs. */
        GPU_OUT_OF_MEMORY,
        /** The CUDA runtime failed (illegal access, cuBLAS or cuDNN error). */
        GPU_CUDA_ERROR,
        /** A model broke its declared signature: the store needs fixing. */
        MODEL_STORE_INVALID,
        /** Anything else the inference engine reported. */
        INFERENCE_FAILED
    }

    private final Code reason;
    private final String step;

    public EngineFailureException(Code reason, String step, Throwable cause) {
        super(reason.name(), reason + " in " + step + ": " + cause.getMessage(), cause,
                reason == Code.GPU_OUT_OF_MEMORY);
        this.reason = reason;
        this.step = step;
    }

    /** What went wrong; {@link #code()} is its name. */
    public Code reason() {
        return reason;
    }

    /** The engine step the job failed in, e.g. "denoising 7/20". */
    public String step() {
        return step;
    }

    /** The code of an inference failure, from PyTorch's message (DJL passes c10::Error messages on verbatim). */
    static Code classify(Throwable failure) {
        if (failure instanceof ModelStoreException) {
            return Code.MODEL_STORE_INVALID;
        }
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("out of memory")) {
            return Code.GPU_OUT_OF_MEMORY;
        }
        if (message.contains("cuda error") || message.contains("cublas") || message.contains("cudnn")
                || message.contains("device-side assert")) {
            return Code.GPU_CUDA_ERROR;
        }
        return Code.INFERENCE_FAILED;
    }
}
