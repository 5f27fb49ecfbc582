package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CqGreedyTest {

    private static CqInstance instance(String name) {
        return name.equals("small") ? CqTestData.small() : CqTestData.resourceInstance(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "Instance1", "Instance3"})
    void beatsTheAllOffRoster(String name) {
        CqInstance in = instance(name);
        CqEvaluation greedy = CqEvaluator.evaluate(in, CqGreedy.build(in));
        CqEvaluation off = CqEvaluator.evaluate(in, CqRoster.allOff(in));
        assertTrue(greedy.hardPenalty() < off.hardPenalty(), greedy.hardPenalty() + " vs " + off.hardPenalty());
        assertTrue(greedy.objective() < off.objective(), greedy.objective() + " vs " + off.objective());
    }

    /** After the repair pass no single-day change of one employee lowers that employee's hard penalty. */
    @ParameterizedTest
    @ValueSource(strings = {"small", "Instance1", "Instance3"})
    void leavesEveryEmployeeLocallyRepaired(String name) {
        CqInstance in = instance(name);
        int[][] table = CqGreedy.build(in).toArray();
        for (CqEmployee e : in.employees()) {
            int[] row = table[e.index()];
            int penalty = CqEvaluator.employeePenalty(in, e, row);
            for (int d = 0; d < in.horizon() && penalty > 0; d++) {
                if (e.isDayOff(d)) {
                    continue;
                }
                int old = row[d];
                for (int v = CqRoster.OFF; v < in.shiftTypes().size(); v++) {
                    if (v == CqRoster.OFF || e.maxShifts(v) > 0) {
                        row[d] = v;
                        int p = CqEvaluator.employeePenalty(in, e, row);
                        row[d] = old;
                        assertTrue(p >= penalty, e.id() + " day " + d + " -> " + v + ": " + p + " < " + penalty);
                    }
                }
            }
        }
    }
}
