package org.aiplatform.tracking.impl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.aiplatform.kernel.api.ErrorCode;

/** Stops an upload with 413 as soon as it passes the artifact size limit, whatever length it announced. */
final class SizeLimit extends FilterInputStream {
    private final long max;
    private long read;

    SizeLimit(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    static RuntimeException exceeded(long max) {
        return TrackingMessages.get().error(ErrorCode.REQUEST_TOO_LARGE, "artifact.too_large", max);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return counted(in.read(b, off, len));
    }

    private int counted(int n) {
        read += Math.max(n, 0);
        if (read > max) {
            throw exceeded(max);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        return 0; // the blob store reads everything; skipping would dodge the count
    }
}
