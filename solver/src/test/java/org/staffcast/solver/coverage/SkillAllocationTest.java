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
