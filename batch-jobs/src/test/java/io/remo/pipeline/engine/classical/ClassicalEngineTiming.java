package io.remo.pipeline.engine.classical;

import io.remo.brief.api.GenerationInstructions;
import io.remo.brief.api.NamedColor;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.GenerationRequest;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.engine.RoomAnalysis;
import io.remo.testing.SyntheticRoom;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Times the classical engine on the product's case: a pair of 4032 x 3024 JPEG photos in, two 1024 px options out.
 * Decoding and resizing stand in for the prepare step, JPEG encoding for publish; the two options are generated in
 * parallel, as the partitioned generate step does. Prints the median of several runs, per stage, wall clock and (for
 * analyze and generate) the calling thread's CPU time with OpenCV's own threads. Not a test: run it by hand, e.g.
 * {@code java -cp <test classpath> io.remo.pipeline.engine.classical.ClassicalEngineTiming [runs]}.
 */
public final class ClassicalEngineTiming {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ClassicalEngineTiming() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        byte[][] photos = {SyntheticRoom.jpeg(4032, 3024, 1), SyntheticRoom.jpeg(4032, 3024, 2)};
        ClassicalEngine engine = new ClassicalEngine((request, control) -> request.base());
        GenerationInstructions[] readings = {instructions(0), instructions(1)};
        ExecutorService partitions = Executors.newFixedThreadPool(2);
        String[] stages = {"decode+resize", "analyze", "generate", "encode", "total"};
        double[][] wall = new double[stages.length][runs + 1];
        double[][] cpu = new double[stages.length][runs + 1];
        try {
            // The first run warms up the JIT and OpenCV's lazily loaded code; it is not counted.
            for (int run = 0; run <= runs; run++) {
                long start = System.nanoTime();
                RgbImage[] prepared = new RgbImage[2];
                for (int i = 0; i < 2; i++) {
                    prepared[i] = decodeAndResize(photos[i]);
                }
                long decoded = System.nanoTime();
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                RoomAnalysis[] analyses = new RoomAnalysis[2];
                for (int i = 0; i < 2; i++) {
                    analyses[i] = engine.analyze(prepared[i], JobControl.NONE);
                }
                cpu[1][run] = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
                long analysed = System.nanoTime();
                List<Future<long[]>> options = new ArrayList<>();
                List<RenderedOption> rendered = new ArrayList<>();
                for (int option = 0; option < 2; option++) {
                    GenerationRequest request = new GenerationRequest(prepared[0], analyses[0], readings[option], 42,
                            1024);
                    options.add(partitions.submit(() -> {
                        long before = THREADS.getCurrentThreadCpuTime();
                        RenderedOption result = engine.generate(request, JobControl.NONE);
                        synchronized (rendered) {
                            rendered.add(result);
                        }
                        return new long[] {THREADS.getCurrentThreadCpuTime() - before};
                    }));
                }
                double generateCpu = 0;
                for (Future<long[]> option : options) {
                    generateCpu += option.get()[0] / 1e6;
                }
                cpu[2][run] = generateCpu;
                long generated = System.nanoTime();
                for (RenderedOption option : rendered) {
                    encode(option.image());
                }
                long encoded = System.nanoTime();
                wall[0][run] = (decoded - start) / 1e6;
                wall[1][run] = (analysed - decoded) / 1e6;
                wall[2][run] = (generated - analysed) / 1e6;
                wall[3][run] = (encoded - generated) / 1e6;
                wall[4][run] = (encoded - start) / 1e6;
            }
        } finally {
            partitions.shutdown();
        }
        System.out.printf(Locale.ROOT, "%d runs, %d processors, median of runs after the first%n", runs,
                Runtime.getRuntime().availableProcessors());
        for (int s = 0; s < stages.length; s++) {
            System.out.printf(Locale.ROOT, "%-14s wall %7.0f ms   cpu (calling threads) %7.0f ms%n", stages[s],
                    median(wall[s]), median(cpu[s]));
        }
    }

    private static RgbImage decodeAndResize(byte[] jpeg) {
        try (PointerScope scope = new PointerScope()) {
            Mat bgr = opencv_imgcodecs.imdecode(new Mat(jpeg), opencv_imgcodecs.IMREAD_COLOR);
            int[] size = OpenCvImages.fitLongSide(bgr.cols(), bgr.rows(), ClassicalEngine.DEFAULT_WORKING_LONG_SIDE);
            Mat small = OpenCvImages.resized(bgr, size[0], size[1]);
            Mat rgb = new Mat();
            opencv_imgproc.cvtColor(small, rgb, opencv_imgproc.COLOR_BGR2RGB);
            return OpenCvImages.rgbImage(rgb);
        }
    }

    private static int encode(RgbImage image) {
        try (PointerScope scope = new PointerScope()) {
            Mat bgr = new Mat();
            opencv_imgproc.cvtColor(OpenCvImages.rgbMat(image), bgr, opencv_imgproc.COLOR_RGB2BGR);
            BytePointer buffer = new BytePointer();
            opencv_imgcodecs.imencode(".jpg", bgr, buffer, new IntPointer(opencv_imgcodecs.IMWRITE_JPEG_QUALITY, 90));
            return (int) buffer.limit();
        }
    }

    private static GenerationInstructions instructions(int option) {
        return new GenerationInstructions(option, option == 0 ? "faithful" : "bolder", "living_room",
                List.of("scandinavian"), List.of(NamedColor.of("sage"), NamedColor.of("cream"), NamedColor.of("mustard")),
                List.of(NamedColor.of("grey")), 0.2, 0.1, List.of("light_wood"), "cozy", 0.5, List.of(), "", "");
    }

    private static double median(double[] samples) {
        double[] counted = Arrays.copyOfRange(samples, 1, samples.length);
        Arrays.sort(counted);
        return counted[counted.length / 2];
    }
}
