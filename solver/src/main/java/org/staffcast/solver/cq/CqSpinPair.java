package org.staffcast.solver.cq;

import java.util.concurrent.locks.LockSupport;

/**
 * A second thread for the master LP's long loops: the caller runs the first part of a range, the helper the second,
 * and the caller waits for the helper by spinning. A simplex pivot on Instance13's two-week windows takes tens of
 * microseconds, about what waking a parked thread takes, so a thread pool's hand-off would cost as much as it saves;
 * the helper spins while a solve runs ({@link #activate}) and parks between solves, when column generation prices on
 * every core. When the helper has not started its part by the time the caller is done with its own (it may still be
 * waking), the caller takes that part too, so a parked helper never holds a pivot up.
 */
final class CqSpinPair implements AutoCloseable {

    /** A loop over {@code [from, to)}; {@code part} is 0 for the caller's share, 1 for the helper's. */
    interface Range {
        void run(int part, int from, int to);
    }

    private final Thread helper;
    private volatile int posted;
    private volatile int finished;
    /** The last job whose second part someone runs: the helper, or the caller when the helper was late. */
    private final java.util.concurrent.atomic.AtomicInteger claimed = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean active;
    private volatile boolean closed;
    // written by the caller before posted, read by the helper after it
    private Range task;
    private int from;
    private int to;
    // written by the helper before finished, read by the caller after it
    private Throwable failure;

    CqSpinPair() {
        helper = new Thread(this::loop, "cq-lp-helper");
        helper.setDaemon(true);
        helper.start();
    }

    /** From now on the helper spins, ready for {@link #run}. */
    void activate() {
        active = true;
        LockSupport.unpark(helper);
    }

    /** The helper parks after its current part: the caller's solve is over and the cores are for others. */
    void deactivate() {
        active = false;
    }

    /**
     * Runs {@code task} over {@code [0, n)}: the caller {@code [0, split)} as part 0, the helper {@code [split, n)}
     * as part 1; returns when both are done. When the pair is not active the caller runs both parts itself.
     */
    void run(Range task, int n, int split) {
        if (!active || closed) {
            task.run(0, 0, split);
            task.run(1, split, n);
            return;
        }
        this.task = task;
        from = split;
        to = n;
        int job = posted + 1;
        posted = job;
        RuntimeException own = null;
        try {
            task.run(0, 0, split);
        } catch (RuntimeException e) {
            own = e; // thrown once the helper is done with the arrays too
        }
        if (claimed.compareAndSet(job - 1, job)) {
            // the helper has not started this part (it may still be waking): no waiting for it
            if (own == null) {
                task.run(1, split, n);
            }
        } else {
            while (finished != job) {
                spin();
            }
        }
        if (own != null) {
            throw own;
        }
        if (failure != null) {
            Throwable t = failure;
            failure = null;
            throw t instanceof RuntimeException re ? re : new IllegalStateException("master LP helper failed", t);
        }
    }

    private void loop() {
        int done = 0;
        while (!closed) {
            int job = posted;
            if (job != done && !claimed.compareAndSet(job - 1, job)) {
                done = job; // the caller ran it
            } else if (job != done) {
                try {
                    task.run(1, from, to);
                } catch (Throwable t) {
                    failure = t;
                }
                done = job;
                finished = job;
            } else if (active) {
                spin();
            } else {
                LockSupport.park(this);
            }
        }
    }

    private static void spin() {
        Thread.onSpinWait();
    }

    @Override
    public void close() {
        closed = true;
        active = false;
        LockSupport.unpark(helper);
    }
}
