package org.staffcast.solver.coverage;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Turns an interval's allocation (agents per queue, from {@link SkillAllocation}) into flows from skill-set groups
 * to queues, so individual agents can be told which queue to work: a max flow from groups (capacity = agents in
 * the group) to queues (capacity = agents allocated), over edges where the group has the queue's skill, found by
 * breadth-first augmenting paths (Edmonds–Karp). The allocation is feasible, so the flow delivers all of it.
 */
public final class QueueAssignment {

    private QueueAssignment() {
    }

    /** {@code flow[g][q]}: agents of group {@code g} working queue {@code q}. */
    public static int[][] flows(int[] masks, int[] counts, int[] served) {
        int groups = masks.length;
        int nq = served.length;
        int[][] flow = new int[groups][nq];
        int[] groupUsed = new int[groups];
        int[] queueUsed = new int[nq];
        while (true) {
            int[] cameFromGroup = new int[nq];
            Arrays.fill(cameFromGroup, -1);
            int[] cameFromQueue = new int[groups];
            Arrays.fill(cameFromQueue, -2);
            ArrayDeque<Integer> frontier = new ArrayDeque<>();
            for (int g = 0; g < groups; g++) {
                if (groupUsed[g] < counts[g]) {
                    cameFromQueue[g] = -1;
                    frontier.add(g);
                }
            }
            int end = -1;
            while (!frontier.isEmpty() && end < 0) {
                int g = frontier.poll();
                for (int q = 0; q < nq; q++) {
                    if ((masks[g] & (1 << q)) == 0 || cameFromGroup[q] >= 0) {
                        continue;
                    }
                    cameFromGroup[q] = g;
                    if (queueUsed[q] < served[q]) {
                        end = q;
                        break;
                    }
                    for (int h = 0; h < groups; h++) {
                        if (flow[h][q] > 0 && cameFromQueue[h] == -2) {
                            cameFromQueue[h] = q;
                            frontier.add(h);
                        }
                    }
                }
            }
            if (end < 0) {
                return flow;
            }
            queueUsed[end]++;
            int q = end;
            while (true) {
                int g = cameFromGroup[q];
                flow[g][q]++;
                int back = cameFromQueue[g];
                if (back == -1) {
                    groupUsed[g]++;
                    break;
                }
                flow[g][back]--;
                q = back;
            }
        }
    }
}
