package io.remo.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.platform.api.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void aBodyUpToTheLimitReadsWhole() throws IOException {
        try (InputStream in = bounded(new byte[100], 100)) {
            assertThat(in.readAllBytes()).hasSize(100);
        }
    }

    @Test
    void theByteOverTheLimitRaisesTheRefusal() throws IOException {
        try (InputStream in = bounded(new byte[101], 100)) {
            assertThat(in.readNBytes(100)).hasSize(100);
            assertThatThrownBy(in::read).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo("TOO_BIG"));
        }
    }

    @Test
    void skippedBytesCountToo() throws IOException {
        try (InputStream in = bounded(new byte[500], 100)) {
            assertThatThrownBy(() -> in.skip(200)).isInstanceOf(ProblemException.class);
        }
    }

    private static InputStream bounded(byte[] body, long max) {
        return new BoundedInputStream(new ByteArrayInputStream(body), max,
                () -> new ProblemException(413, "TOO_BIG", "too big"));
    }
}
