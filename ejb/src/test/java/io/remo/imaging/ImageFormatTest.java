package io.remo.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.testing.HostileUploads;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void recognisesEachFormatByItsMagicNumber() {
        assertThat(ImageFormat.detect(HostileUploads.jpeg(32, 32))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.detect(HostileUploads.png(32, 32))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.detect(HostileUploads.webp(32, 32))).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.detect(HostileUploads.heic(64, 48))).contains(ImageFormat.HEIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"heic", "heix", "heim", "heis", "hevc", "mif1", "msf1"})
    void recognisesHeifByAnyImageBrandAsMajorOrCompatibleBrand(String brand) {
        assertThat(ImageFormat.detect(ftyp(brand, "isom"))).contains(ImageFormat.HEIC);
        assertThat(ImageFormat.detect(ftyp("isom", brand))).contains(ImageFormat.HEIC);
    }

    @Test
    void anIsoMediaFileWithoutImageBrandIsNotHeif() {
        assertThat(ImageFormat.detect(ftyp("isom", "mp42"))).isEmpty();
    }

    @Test
    void otherBytesAreNoFormat() {
        assertThat(ImageFormat.detect(HostileUploads.gif())).isEmpty();
        assertThat(ImageFormat.detect(HostileUploads.zip())).isEmpty();
        assertThat(ImageFormat.detect(new byte[0])).isEmpty();
        assertThat(ImageFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ImageFormat.detect("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void mediaTypes() {
        assertThat(ImageFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageFormat.HEIC.mediaType()).isEqualTo("image/heic");
    }

    /** An ftyp box: size 20, type, major brand, minor version 0, one compatible brand. */
    private static byte[] ftyp(String major, String compatible) {
        byte[] box = new byte[20];
        box[3] = 20;
        System.arraycopy(("ftyp" + major).getBytes(StandardCharsets.US_ASCII), 0, box, 4, 8);
        System.arraycopy(compatible.getBytes(StandardCharsets.US_ASCII), 0, box, 16, 4);
        return box;
    }
}
