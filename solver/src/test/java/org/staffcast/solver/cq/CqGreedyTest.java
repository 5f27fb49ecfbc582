package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CqGreedyTest {

    /** The rules the greedy checks locally; it may leave minimum-run and minimum-minutes violations to the search. */
    private static final Set<String> KEPT = Set.of(CqConstraintProvider.DAY_OFF,
            CqConstraintProvider.FORBIDDEN_SUCCESSION, CqConstraintProvider.MAX_SHIFTS_PER_TYPE,
            CqConstraintProvider.MAX_TOTAL_MINUTES, CqConstraintProvider.MAX_CONSECUTIVE_SHIFTS,
            CqConstraintProvider.MAX_WEEKENDS);

    @ParameterizedTest
    @ValueSource(strings = {"small", "Instance1", "Instance3"})
    void keepsTheLocallyCheckableRulesAndBeatsAllOff(String name) {
        CqInstance in = name.equals("small") ? CqTestData.small() : CqTestData.resourceInstance(name);
        CqRoster greedy = CqGreedy.build(in);
        CqEvaluation e = CqEvaluator.evaluate(in, greedy);
        List<CqViolation> kept = e.violations().stream().filter(v -> KEPT.contains(v.constraint())).toList();
        assertEquals(List.of(), kept);
        CqEvaluation off = CqEvaluator.evaluate(in, CqRoster.allOff(in));
        assertTrue(e.hardPenalty() < off.hardPenalty() || off.hardPenalty() == 0, e.hardPenalty() + " vs " + off.hardPenalty());
        assertTrue(e.objective() < off.objective(), e.objective() + " vs " + off.objective());
    }
}
