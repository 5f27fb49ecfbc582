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
        while (true) {
            int bestQ = -1;
            long bestGain = 0;
            long secondGain = 0;
            long bestSlack = 0;
            for (int q = 0; q < nq; q++) {
                int s = required[q] - served[q];
                if (s <= 0) {
                    continue;
                }
                long slack = slack(q, full, rank, used);
                if (slack <= 0) {
                    continue;
                }
                long gain = (long) priority[q] * (2L * s - 1);
                if (gain > bestGain) {
                    secondGain = bestGain;
                    bestGain = gain;
                    bestQ = q;
                    bestSlack = slack;
                } else if (gain > secondGain) {
                    secondGain = gain;
                }
            }
            if (bestQ < 0) {
                break;
            }
            int s = required[bestQ] - served[bestQ];
            long jump = (bestGain - secondGain) / (2L * priority[bestQ]) + 1;
            int k = (int) Math.min(Math.min(s, bestSlack), jump);
            served[bestQ] += k;
            int bit = 1 << bestQ;
            for (int m = bit; m < full; m = (m + 1) | bit) {
                used[m] += k;
            }
        }
        int[] shortage = new int[nq];
        int allocated = 0;
        for (int q = 0; q < nq; q++) {
            shortage[q] = required[q] - served[q];
            allocated += served[q];
        }
        return new Result(served, shortage, total - allocated);
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
