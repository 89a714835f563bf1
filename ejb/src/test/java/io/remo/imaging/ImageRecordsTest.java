package io.remo.imaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageRecordsTest {

    /** 65536 x 65537 is 4295032832, which wraps around to 65536 in an int. */
    @Test
    void sizesThatOverflowAnIntDoNotMatchSmallArrays() {
        assertThatThrownBy(() -> new GrayImage(65536, 65537, new byte[65536])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RgbImage(65536, 65537, new byte[65536 * 3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RgbImage(2, 2, new byte[11])).isInstanceOf(IllegalArgumentException.class);
    }
}
