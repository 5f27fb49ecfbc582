package org.staffcast.solver.cq;

import java.util.ArrayList;
import java.util.List;

/** The fan-out of the solve's sweeps that run on several threads (best responses, relocations, transfers). */
final class CqParallel {

    private CqParallel() {
    }

    /**
     * Runs the first job on this thread and each other one on a daemon thread of its own named {@code name-i}, and
     * returns when all have ended.
     */
    static void runAll(String name, List<Runnable> jobs) {
        List<Thread> threads = new ArrayList<>();
        for (int j = 1; j < jobs.size(); j++) {
            threads.add(Thread.ofPlatform().daemon().name(name + "-" + j).start(jobs.get(j)));
        }
        jobs.getFirst().run();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, ex);
            }
        }
    }
}
