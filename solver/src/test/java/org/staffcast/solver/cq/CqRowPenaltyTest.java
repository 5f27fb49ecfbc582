package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast row penalty must equal the independent evaluator's per-employee penalty on any row. */
class CqRowPenaltyTest {

    @ParameterizedTest
    @ValueSource(strings = {"small", "Instance1", "Instance3"})
    void equalsTheEvaluatorOnRandomRows(String name) {
        CqInstance in = name.equals("small") ? CqTestData.small() : CqTestData.resourceInstance(name);
        CqRowPenalty fast = new CqRowPenalty(in);
        SplittableRandom random = new SplittableRandom(name.hashCode());
        int types = in.shiftTypes().size();
        for (int trial = 0; trial < 300; trial++) {
            CqEmployee e = in.employees().get(random.nextInt(in.employees().size()));
            int[] row = new int[in.horizon()];
            double offShare = random.nextDouble();
            for (int d = 0; d < row.length; d++) {
                row[d] = random.nextDouble() < offShare ? CqRoster.OFF : random.nextInt(types);
            }
            assertEquals(CqEvaluator.employeePenalty(in, e, row), fast.of(e, row), e.id() + " trial " + trial);
        }
    }

    /** The greedy start's row search leaves no employee breaking a hard rule on these instances. */
    @ParameterizedTest
    @ValueSource(strings = {"small", "Instance1", "Instance3"})
    void greedyStartIsFeasible(String name) {
        CqInstance in = name.equals("small") ? CqTestData.small() : CqTestData.resourceInstance(name);
        assertEquals(0, CqEvaluator.evaluate(in, CqGreedy.build(in)).hardPenalty());
    }
}
