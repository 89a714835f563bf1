package io.remo.natives.control;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import io.remo.natives.api.CudaDevices;
import io.remo.natives.api.NativeRuntimeStatus;
import io.remo.natives.api.TextEmbeddings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Calls each native-backed library once when the application starts, from a startup bean (so DJL's engine
 * discovery runs with the deployment's class loader as context), and keeps what it saw for /health: an OpenCV
 * Canny, a DJL PyTorch convolution, one sentence embedding, and the CUDA device count.
 */
@Startup
@Singleton
@Local(NativeRuntimeStatus.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NativeRuntimeProbe implements NativeRuntimeStatus {

    public static final String DJL_ENGINE = "PyTorch";
    private static final Logger LOG = Logger.getLogger(NativeRuntimeProbe.class.getName());

    @Inject
    TextEmbeddings embeddings;

    private volatile Map<String, Check> checks = Map.of();

    @PostConstruct
    void probe() {
        Map<String, Check> results = new LinkedHashMap<>();
        results.put("opencv", run(this::opencvCanny));
        results.put("djl", run(this::djlConvolution));
        results.put("embedding", run(this::embedding));
        results.put("cuda", run(this::cuda));
        checks = Map.copyOf(results);
        LOG.info(() -> "native runtime: " + results);
    }

    @Override
    public Map<String, Check> checks() {
        return checks;
    }

    private String opencvCanny() {
        try (var image = new Mat(64, 64, opencv_core.CV_8UC1, new Scalar(0.0));
                var edges = new Mat();
                var square = new Rect(16, 16, 32, 32);
                var white = new Scalar(255.0)) {
            opencv_imgproc.rectangle(image, square, white, opencv_imgproc.FILLED, opencv_imgproc.LINE_8, 0);
            opencv_imgproc.Canny(image, edges, 50, 150);
            int edgePixels = opencv_core.countNonZero(edges);
            if (edgePixels < 100 || edgePixels > 160) {
                throw new IllegalStateException("Canny found " + edgePixels + " edge pixels around a 32 px square");
            }
            return "OpenCV " + opencv_core.CV_VERSION + ", Canny: " + edgePixels + " edge pixels";
        }
    }

    private String djlConvolution() {
        Engine engine = Engine.getEngine(DJL_ENGINE);
        try (NDManager manager = engine.newBaseManager(Device.cpu())) {
            NDArray input = manager.ones(new Shape(1, 1, 5, 5));
            NDArray kernel = manager.ones(new Shape(1, 1, 3, 3));
            NDArray output = Conv2d.conv2d(input, kernel).singletonOrThrow();
            float centre = output.getFloat(0, 0, 1, 1);
            if (!output.getShape().equals(new Shape(1, 1, 3, 3)) || centre != 9f) {
                throw new IllegalStateException("conv2d gave " + output.getShape() + " centre " + centre);
            }
            return engine.getEngineName() + " " + engine.getVersion() + ", conv2d 3x3 of ones: " + centre;
        }
    }

    private String embedding() {
        float[] vector = embeddings.embed("a bright Scandinavian living room");
        if (vector.length != TextEmbeddings.DIMENSIONS) {
            throw new IllegalStateException("embedding has " + vector.length + " dimensions");
        }
        return "all-MiniLM-L6-v2 (quantized), " + vector.length + " dimensions";
    }

    private String cuda() {
        CudaDevices.Probe cuda = CudaDevices.probe();
        return cuda.gpus().size() + " GPUs" + (cuda.available() ? "" : " (" + cuda.reason() + ")");
    }

    private static Check run(Callable<String> call) {
        long start = System.nanoTime();
        try {
            String detail = call.call();
            return new Check(true, detail, (System.nanoTime() - start) / 1_000_000);
        } catch (Throwable e) { // a missing native library is an Error, and must not stop the deployment
            LOG.log(Level.SEVERE, "native runtime check failed", e);
            return new Check(false, e.toString(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
