package org.staffcast.api.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A progress line on stderr for long batch work. On a terminal it rewrites one line in place; otherwise (pipes, CI)
 * it prints at most one line every few seconds so logs stay short.
 */
public final class Progress implements AutoCloseable {

    private final PrintStream err;
    private final boolean terminal;
    private final long minGapNanos;
    private final long startNanos = System.nanoTime();
    private long lastPrint;
    private int lastLength;

    public Progress(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null && System.getenv("CI") == null;
        this.minGapNanos = terminal ? Duration.ofMillis(200).toNanos() : Duration.ofSeconds(5).toNanos();
        this.lastPrint = startNanos - minGapNanos;
    }

    public static Progress onStderr() {
        return new Progress(System.err);
    }

    /** Seconds since this progress line was created. */
    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Shows {@code message} prefixed with the elapsed time, rate-limited. */
    public synchronized void update(String message) {
        long now = System.nanoTime();
        if (now - lastPrint < minGapNanos) {
            return;
        }
        lastPrint = now;
        String line = String.format("[%6.1fs] %s", elapsedSeconds(), message);
        if (terminal) {
            String pad = line.length() < lastLength ? " ".repeat(lastLength - line.length()) : "";
            err.print("\r" + line + pad);
            lastLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the progress line so the summary starts on a fresh line. */
    @Override
    public synchronized void close() {
        if (terminal && lastLength > 0) {
            err.println();
            err.flush();
        }
        lastLength = 0;
    }
}
