package org.staffcast.api.history;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes bytes through and fails once more than {@code maxLines} line feeds went by (upload row limit). */
final class RowLimitInputStream extends FilterInputStream {

    /** The upload has more lines than allowed. */
    static final class LimitExceeded extends RuntimeException {
        LimitExceeded() {
            super("too many rows", null, false, false);
        }
    }

    private final long maxLines;
    private long lines;

    RowLimitInputStream(InputStream in, long maxLines) {
        super(in);
        this.maxLines = maxLines;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == '\n') {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        int found = 0;
        for (int i = off; i < off + n; i++) {
            if (buf[i] == '\n') {
                found++;
            }
        }
        count(found);
        return n;
    }

    private void count(int n) {
        lines += n;
        if (lines > maxLines) {
            throw new LimitExceeded();
        }
    }
}
