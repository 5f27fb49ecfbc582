package org.staffcast.solver.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SkillAllocationTest {

    @Test
    void multiSkilledAgentGoesWhereOnlyTheyCanHelp() {
        // 1 agent with skills {A,B}, 1 agent with {A}; A needs 1, B needs 1: the specialist takes A, the other B
        var r = SkillAllocation.allocate(new int[] {0b11, 0b01}, new int[] {1, 1}, 2, new int[] {1, 1}, new int[] {1, 1});
        assertArrayEquals(new int[] {0, 0}, r.shortage());
        assertEquals(0, r.idle());
    }

    @Test
    void convexPenaltySpreadsShortageAndPriorityTilts_it() {
        // 2 flexible agents, A and B need 2 each, equal priority: 1 short on each (1+1=2) beats 2 short on one (4)
        var even = SkillAllocation.allocate(new int[] {0b11}, new int[] {2}, 1, new int[] {2, 2}, new int[] {1, 1});
        assertArrayEquals(new int[] {1, 1}, even.shortage());
        assertEquals(2, even.weightedSquaredShortage(new int[] {1, 1}));
        // priority 5 on A: A gets both (cost 1·2² = 4) rather than one each (5·1 + 1·1 = 6)
        var tilted = SkillAllocation.allocate(new int[] {0b11}, new int[] {2}, 1, new int[] {2, 2}, new int[] {5, 1});
        assertArrayEquals(new int[] {0, 2}, tilted.shortage());
    }

    @Test
    void agentsNobodyNeedsAreIdle() {
        var r = SkillAllocation.allocate(new int[] {0b01, 0b10}, new int[] {5, 1}, 2, new int[] {3, 0}, new int[] {1, 1});
        assertEquals(3, r.idle());
        assertEquals(0, r.totalShortage());
    }

    /** Exhaustive check: every agent goes to one queue it can serve, or none; the best Σ p·s² wins. */
    @RepeatedTest(300)
    void matchesBruteForceOnSmallRandomCases(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(1000 + info.getCurrentRepetition());
        int nq = 1 + rnd.nextInt(4);
        int agents = rnd.nextInt(8);
        int[] agentMask = new int[agents];
        for (int i = 0; i < agents; i++) {
            agentMask[i] = rnd.nextInt(1 << nq); // may be 0: an agent without any queue skill
        }
        int[] required = new int[nq];
        int[] priority = new int[nq];
        for (int q = 0; q < nq; q++) {
            required[q] = rnd.nextInt(5);
            priority[q] = 1 + rnd.nextInt(4);
        }
        int[] byMask = new int[1 << nq];
        for (int m : agentMask) {
            byMask[m]++;
        }
        SkillMix mix = SkillMix.ofCounts(byMask);
        var result = mix.allocate(required, priority);
        long best = brute(agentMask, 0, new int[nq], required, priority);
        assertEquals(best, result.weightedSquaredShortage(priority), "masks " + java.util.Arrays.toString(agentMask));
        int served = 0;
        for (int q = 0; q < nq; q++) {
            assertTrue(result.served()[q] <= required[q]);
            served += result.served()[q];
        }
        assertEquals(agents - served, result.idle());
    }

    /**
     * Larger cases (up to 300 agents, 5 queues) against an independent reference: the unit greedy whose feasibility
     * test is a plain augmenting-path max flow (groups → queues with capacities f_q), not the rank formula.
     */
    @RepeatedTest(100)
    void matchesUnitGreedyWithMaxFlowFeasibility(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(77 + info.getCurrentRepetition());
        int nq = 2 + rnd.nextInt(4);
        int groups = 1 + rnd.nextInt(6);
        int[] masks = new int[groups];
        int[] counts = new int[groups];
        for (int g = 0; g < groups; g++) {
            masks[g] = 1 + rnd.nextInt((1 << nq) - 1);
            counts[g] = rnd.nextInt(60);
        }
        int[] required = new int[nq];
        int[] priority = new int[nq];
        for (int q = 0; q < nq; q++) {
            required[q] = rnd.nextInt(80);
            priority[q] = 1 + rnd.nextInt(3);
        }
        var fast = SkillAllocation.allocate(masks, counts, groups, required, priority);
        int[] f = new int[nq];
        while (true) {
            int best = -1;
            long bestGain = 0;
            for (int q = 0; q < nq; q++) {
                int s = required[q] - f[q];
                if (s <= 0) {
                    continue;
                }
                f[q]++;
                boolean ok = maxFlow(masks, counts, f) == java.util.Arrays.stream(f).sum();
                f[q]--;
                long gain = (long) priority[q] * (2L * s - 1);
                if (ok && gain > bestGain) {
                    bestGain = gain;
                    best = q;
                }
            }
            if (best < 0) {
                break;
            }
            f[best]++;
        }
        long reference = 0;
        for (int q = 0; q < nq; q++) {
            long s = required[q] - f[q];
            reference += priority[q] * s * s;
        }
        assertEquals(reference, fast.weightedSquaredShortage(priority));
    }

    /** Max flow source → groups (count) → queues (if skilled) → sink (cap[q]), by DFS augmenting paths. */
    private static int maxFlow(int[] masks, int[] counts, int[] cap) {
        int g = masks.length;
        int nq = cap.length;
        int[][] flow = new int[g][nq];
        int[] groupUsed = new int[g];
        int[] queueUsed = new int[nq];
        int total = 0;
        while (true) {
            int[] prevGroupOfQueue = new int[nq];
            java.util.Arrays.fill(prevGroupOfQueue, -1);
            int[] prevQueueOfGroup = new int[g];
            java.util.Arrays.fill(prevQueueOfGroup, -2);
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            for (int i = 0; i < g; i++) {
                if (groupUsed[i] < counts[i]) {
                    prevQueueOfGroup[i] = -1;
                    queue.add(i);
                }
            }
            int end = -1;
            while (!queue.isEmpty() && end < 0) {
                int i = queue.poll();
                for (int q = 0; q < nq && end < 0; q++) {
                    if ((masks[i] & (1 << q)) == 0 || prevGroupOfQueue[q] >= 0) {
                        continue;
                    }
                    prevGroupOfQueue[q] = i;
                    if (queueUsed[q] < cap[q]) {
                        end = q;
                        break;
                    }
                    for (int j = 0; j < g; j++) {
                        if (flow[j][q] > 0 && prevQueueOfGroup[j] == -2) {
                            prevQueueOfGroup[j] = q;
                            queue.add(j);
                        }
                    }
                }
            }
            if (end < 0) {
                return total;
            }
            queueUsed[end]++;
            int q = end;
            while (true) {
                int i = prevGroupOfQueue[q];
                flow[i][q]++;
                int back = prevQueueOfGroup[i];
                if (back == -1) {
                    groupUsed[i]++;
                    break;
                }
                flow[i][back]--;
                q = back;
            }
            total++;
        }
    }

    private static long brute(int[] masks, int i, int[] served, int[] required, int[] priority) {
        if (i == masks.length) {
            long cost = 0;
            for (int q = 0; q < required.length; q++) {
                long s = Math.max(0, required[q] - served[q]);
                cost += priority[q] * s * s;
            }
            return cost;
        }
        long best = brute(masks, i + 1, served, required, priority);
        for (int q = 0; q < required.length; q++) {
            if ((masks[i] & (1 << q)) != 0) {
                served[q]++;
                best = Math.min(best, brute(masks, i + 1, served, required, priority));
                served[q]--;
            }
        }
        return best;
    }
}
