package io.remo.platform.boundary;

import io.remo.platform.api.ProblemException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A request body counted while it is read: past {@code maxBytes} the reader gets the refusal, before the rest of the
 * body has been received. For bodies that declare no length (chunked transfer), which no check up front can judge.
 */
public final class BoundedInputStream extends FilterInputStream {

    private final long maxBytes;
    private final Supplier<ProblemException> refusal;
    private long count;

    public BoundedInputStream(InputStream in, long maxBytes, Supplier<ProblemException> refusal) {
        super(in);
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long bytes) {
        count += bytes;
        if (count > maxBytes) {
            throw refusal.get();
        }
    }
}
