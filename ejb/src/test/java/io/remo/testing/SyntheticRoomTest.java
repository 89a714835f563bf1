package io.remo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SyntheticRoomTest {

    @Test
    void sameSeedSamePixelsOtherSeedOtherRoom() throws Exception {
        var a = SyntheticRoom.rgb(640, 480, 1);
        var b = SyntheticRoom.rgb(640, 480, 1);
        var c = SyntheticRoom.rgb(640, 480, 2);
        assertThat(a.pixels()).isEqualTo(b.pixels());
        assertThat(a.pixels()).isNotEqualTo(c.pixels());
        byte[] jpeg = SyntheticRoom.jpeg(4032, 3024, 7);
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
        Path out = Path.of("target", "synthetic-room.jpg");
        Files.createDirectories(out.getParent());
        Files.write(out, jpeg);
        Files.write(out.resolveSibling("synthetic-room-small.png"), png(SyntheticRoom.rgb(800, 600, 7)));
    }

    /** A preview for people: target/synthetic-room-small.png. */
    private static byte[] png(io.remo.imaging.RgbImage image) {
        try (var mat = new org.bytedeco.opencv.opencv_core.Mat(image.height(), image.width(), org.bytedeco.opencv.global.opencv_core.CV_8UC3);
                var bgr = new org.bytedeco.opencv.opencv_core.Mat(); var buffer = new org.bytedeco.javacpp.BytePointer()) {
            mat.data().put(image.pixels());
            org.bytedeco.opencv.global.opencv_imgproc.cvtColor(mat, bgr, org.bytedeco.opencv.global.opencv_imgproc.COLOR_RGB2BGR);
            org.bytedeco.opencv.global.opencv_imgcodecs.imencode(".png", bgr, buffer);
            byte[] bytes = new byte[(int) buffer.limit()];
            buffer.get(bytes);
            return bytes;
        }
    }
}
