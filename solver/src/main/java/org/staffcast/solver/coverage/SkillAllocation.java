package org.staffcast.solver.coverage;

/**
 * Optimal allocation of working agents to queues in one interval.
 *
 * <p>Agents are grouped by skill set: group {@code g} has {@code counts[g]} agents able to serve the queues in bit
 * mask {@code masks[g]}. Queue {@code q} needs {@code required[q]} agents; its shortage {@code s_q = r_q − f_q}
 * costs {@code p_q·s_q²} (convex, weighted by priority). The allocation minimises {@code Σ p_q·s_q²}; an agent is
 * counted on at most one queue and only on queues it has the skill for.
 *
 * <p>Method. The vectors {@code f} of agents that a bipartite transportation (groups → queues, queue capacity
 * {@code r_q}) can deliver form a polymatroid whose rank is the max flow into a queue set {@code T}; by max-flow
 * min-cut, {@code ρ(T) = min over U ⊆ T of [ r(T∖U) + c(N(U)) ]} where {@code N(U)} are the groups able to serve a
 * queue of {@code U}. Any feasible {@code f} that is not a max flow has an augmenting path that raises one queue by one
 * and leaves the others unchanged, so the optimum is a max flow, and minimising a separable convex function over
 * the integer points of a polymatroid is solved exactly by the greedy algorithm that repeatedly adds one agent to
 * the queue with the largest marginal gain {@code p_q(2s_q − 1)} while feasible (Federgruen &amp; Groenevelt, "The
 * greedy procedure for resource allocation problems", Operations Research 34(6), 1986). Runs of identical greedy
 * steps are taken in one jump. Cost: {@code O(3^Q + 2^Q·G)} plus the greedy steps; queues are limited to
 * {@link #MAX_QUEUES}.
 */
public final class SkillAllocation {

    public static final int MAX_QUEUES = 10;

    private SkillAllocation() {
    }

    /** Result: agents counted per queue, idle agents (working but not needed on any queue they can serve). */
    public record Result(int[] served, int[] shortage, int idle) {

        /** {@code Σ p_q · s_q²}. */
        public long weightedSquaredShortage(int[] priority) {
            long sum = 0;
            for (int q = 0; q < shortage.length; q++) {
                sum += (long) priority[q] * shortage[q] * shortage[q];
            }
            return sum;
        }

        /** {@code Σ s_q} in agent-intervals. */
        public int totalShortage() {
            int sum = 0;
            for (int s : shortage) {
                sum += s;
            }
            return sum;
        }
    }

    public static Result allocate(int[] masks, int[] counts, int groups, int[] required, int[] priority) {
        int nq = required.length;
        if (nq > MAX_QUEUES) {
            throw new IllegalArgumentException("at most " + MAX_QUEUES + " queues are supported, not " + nq);
        }
        int full = 1 << nq;
        int total = 0;
        long[] touch = new long[full];
        for (int g = 0; g < groups; g++) {
            total += counts[g];
        }
        // touch[U] = agents able to serve at least one queue of U
        for (int u = 1; u < full; u++) {
            long t = 0;
            for (int g = 0; g < groups; g++) {
                if ((masks[g] & u) != 0) {
                    t += counts[g];
                }
            }
            touch[u] = t;
        }
        long[] reqSum = new long[full];
        for (int m = 1; m < full; m++) {
            int q = Integer.numberOfTrailingZeros(m);
            reqSum[m] = reqSum[m & (m - 1)] + required[q];
        }
        long[] rank = new long[full];
        for (int tMask = 1; tMask < full; tMask++) {
            long best = reqSum[tMask];
            for (int u = tMask; u != 0; u = (u - 1) & tMask) {
                long v = reqSum[tMask & ~u] + touch[u];
                if (v < best) {
                    best = v;
                }
            }
            rank[tMask] = best;
        }
        long[] used = new long[full];
        int[] served = new int[nq];
        if (rank[full - 1] >= reqSum[full - 1]) {
            // everything can be covered: the optimum has no shortage at all
            System.arraycopy(required, 0, served, 0, nq);
        } else {
            greedy(nq, full, required, priority, rank, used, served);
        }
        int[] shortage = new int[nq];
        int allocated = 0;
        for (int q = 0; q < nq; q++) {
            shortage[q] = required[q] - served[q];
            allocated += served[q];
        }
        return new Result(served, shortage, total - allocated);
    }

    /**
     * The greedy in bulk: all units whose marginal gain is at least a level {@code L} are added at once when
     * together they are feasible (every prefix of a feasible set is feasible, so the unit greedy would add them
     * all); {@code L} is the lowest such level (binary search). Then one unit greedy step crosses the level where
     * a set becomes tight, and the loop repeats. Unit {@code j} (0-based) still to add to queue {@code q} has gain
     * {@code p_q(2(s_q − j) − 1)}, so the units with gain ≥ L number {@code s_q − ceil((L + p_q) / 2p_q) + 1}.
     */
    private static void greedy(int nq, int full, int[] required, int[] priority, long[] rank, long[] used, int[] served) {
        int[] add = new int[nq];
        long[] addSum = new long[full];
        while (true) {
            long maxGain = 0;
            for (int q = 0; q < nq; q++) {
                int s = required[q] - served[q];
                if (s > 0 && slack(q, full, rank, used) > 0) {
                    maxGain = Math.max(maxGain, (long) priority[q] * (2L * s - 1));
                }
            }
            if (maxGain == 0) {
                return;
            }
            long lo = 1;           // candidate lowest level
            long hi = maxGain + 1; // level with nothing to add: always feasible
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (feasible(mid, nq, full, required, priority, rank, used, served, add, addSum)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            boolean added = false;
            if (hi <= maxGain) {
                feasible(hi, nq, full, required, priority, rank, used, served, add, addSum);
                for (int q = 0; q < nq; q++) {
                    if (add[q] > 0) {
                        served[q] += add[q];
                        added = true;
                    }
                }
                for (int m = 1; m < full; m++) {
                    used[m] += addSum[m];
                }
            }
            // one unit greedy step: the best unit that still fits
            int bestQ = -1;
            long bestGain = 0;
            for (int q = 0; q < nq; q++) {
                int s = required[q] - served[q];
                if (s <= 0 || slack(q, full, rank, used) <= 0) {
                    continue;
                }
                long gain = (long) priority[q] * (2L * s - 1);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestQ = q;
                }
            }
            if (bestQ < 0) {
                return;
            }
            served[bestQ]++;
            int bit = 1 << bestQ;
            for (int m = bit; m < full; m = (m + 1) | bit) {
                used[m]++;
            }
        }
    }

    /** Fills {@code add} with the units of gain ≥ level and tells whether adding them all stays feasible. */
    private static boolean feasible(long level, int nq, int full, int[] required, int[] priority, long[] rank,
                                    long[] used, int[] served, int[] add, long[] addSum) {
        for (int q = 0; q < nq; q++) {
            int s = required[q] - served[q];
            long p = priority[q];
            long need = (level + p + 2 * p - 1) / (2 * p); // ceil((L + p) / 2p)
            add[q] = (int) Math.max(0, Math.min(s, s - need + 1));
        }
        for (int m = 1; m < full; m++) {
            int q = Integer.numberOfTrailingZeros(m);
            addSum[m] = addSum[m & (m - 1)] + add[q];
            if (addSum[m] > 0 && used[m] + addSum[m] > rank[m]) {
                return false;
            }
        }
        return true;
    }

    /** {@code min over T ∋ q of ρ(T) − f(T)}: how many more agents queue q can get without breaking feasibility. */
    private static long slack(int q, int full, long[] rank, long[] used) {
        int bit = 1 << q;
        long slack = Long.MAX_VALUE;
        for (int m = bit; m < full; m = (m + 1) | bit) {
            long v = rank[m] - used[m];
            if (v < slack) {
                slack = v;
            }
        }
        return slack;
    }
}
