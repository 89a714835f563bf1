package io.remo.pipeline.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderSizeTest {

    @Test
    void rendersOptionsAtTheOutputSizeRoundedToMultiplesOf64() {
        assertThat(RenderSize.forOutput(4032, 3024, 768)).isEqualTo(new RenderSize(768, 576, 768, 576));
        assertThat(RenderSize.forOutput(3024, 4032, 768)).isEqualTo(new RenderSize(576, 768, 576, 768));
        // 16:9 at 768: 432 pixels high, rendered at 448 (7 x 64) and resized to 432.
        assertThat(RenderSize.forOutput(1920, 1080, 768)).isEqualTo(new RenderSize(768, 448, 768, 432));
    }

    @Test
    void rendersEditsAtTheBasesSizeBoundedByTheEditLimit() {
        assertThat(RenderSize.sameSize(1000, 750, 768)).isEqualTo(new RenderSize(768, 576, 1000, 750));
        // Small bases are not enlarged: 300 x 200 renders at 320 x 192 (5 and 3 times 64).
        assertThat(RenderSize.sameSize(300, 200, 768)).isEqualTo(new RenderSize(320, 192, 300, 200));
        assertThat(RenderSize.sameSize(20, 10, 768)).isEqualTo(new RenderSize(64, 64, 20, 10));
    }
}
