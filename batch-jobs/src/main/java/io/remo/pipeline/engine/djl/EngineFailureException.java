package io.remo.pipeline.engine.djl;

import java.util.Locale;

/**
 * A job the engine could not finish, with a stable code and the engine step it failed in (e.g. "denoising 7/20").
 * The engine has released the job's device memory before throwing; the next job runs normally, except after a
 * {@link Code#GPU_CUDA_ERROR}, which can leave the CUDA context unusable until the process restarts.
 */
public class EngineFailureException extends RuntimeException {

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

    private final Code code;
    private final String step;

    public EngineFailureException(Code code, String step, Throwable cause) {
        super(code + " in " + step + ": " + cause.getMessage(), cause);
        this.code = code;
        this.step = step;
    }

    public Code code() {
        return code;
    }

    public String step() {
        return step;
    }

    public boolean retryable() {
        return code == Code.GPU_OUT_OF_MEMORY;
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
