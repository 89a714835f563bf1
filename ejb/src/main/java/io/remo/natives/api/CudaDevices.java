package io.remo.natives.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bytedeco.cuda.global.cudart;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * The node's CUDA devices, found through the JavaCPP CUDA presets. Without a driver the native library cannot
 * load; the node then has zero GPUs. A failed {@code Loader.load(cudart.class)} leaves the class unable to
 * initialise again, so the probe runs once per server and its answer is kept.
 */
public final class CudaDevices {

    private static final Logger LOG = Logger.getLogger(CudaDevices.class.getName());
    private static volatile Probe probe;

    private CudaDevices() {
    }

    public record Gpu(int index, long freeBytes, long totalBytes) {
    }

    /** {@code available} false with a reason when the CUDA runtime could not be loaded or reports no device. */
    public record Probe(boolean available, int driverVersion, int runtimeVersion, List<Gpu> gpus, String reason) {
    }

    public static Probe probe() {
        Probe known = probe;
        if (known == null) {
            synchronized (CudaDevices.class) {
                known = probe;
                if (known == null) {
                    known = loadAndCount();
                    probe = known;
                }
            }
        }
        return known;
    }

    /** Free and total memory now; only meaningful when {@link #probe()} found devices. */
    public static Gpu memoryOf(int index) {
        try (var free = new SizeTPointer(1); var total = new SizeTPointer(1)) {
            check(cudart.cudaSetDevice(index), "cudaSetDevice");
            check(cudart.cudaMemGetInfo(free, total), "cudaMemGetInfo");
            return new Gpu(index, free.get(), total.get());
        }
    }

    private static Probe loadAndCount() {
        try {
            Loader.load(cudart.class);
            int[] driver = new int[1];
            int[] runtime = new int[1];
            cudart.cudaDriverGetVersion(driver);
            cudart.cudaRuntimeGetVersion(runtime);
            int[] count = new int[1];
            int status = cudart.cudaGetDeviceCount(count);
            if (status != cudart.cudaSuccess || count[0] == 0) {
                return new Probe(false, driver[0], runtime[0], List.of(), "no CUDA device (status " + status + ")");
            }
            var gpus = new java.util.ArrayList<Gpu>();
            for (int i = 0; i < count[0]; i++) {
                gpus.add(memoryOf(i));
            }
            return new Probe(true, driver[0], runtime[0], List.copyOf(gpus), null);
        } catch (Throwable e) { // UnsatisfiedLinkError without a driver, NoClassDefFoundError on a second try
            LOG.log(Level.FINE, "CUDA runtime not loadable", e);
            return new Probe(false, 0, 0, List.of(), "CUDA runtime not loadable: " + e);
        }
    }

    private static void check(int status, String call) {
        if (status != cudart.cudaSuccess) {
            throw new IllegalStateException(call + " failed with status " + status);
        }
    }
}
