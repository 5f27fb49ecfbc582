package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incremental score after every single-day change equals the independent evaluator's score of the same roster:
 * the local run re-pricing ({@link CqRowPenalty#local}) must see every run a change can split, merge, lengthen or
 * shorten, including runs at the horizon's ends (exempt from the minima) and runs over fixed days off.
 */
class CqIncrementalScoreCalculatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"small", "Instance1", "Instance3"})
    void everyChangeMatchesTheEvaluator(String name) {
        CqInstance in = name.equals("small") ? CqTestData.small() : CqTestData.resourceInstance(name);
        SplittableRandom random = new SplittableRandom(name.hashCode());
        CqSchedule schedule = CqSchedule.of(in, random.nextBoolean() ? CqGreedy.build(in) : CqRoster.allOff(in));
        CqIncrementalScoreCalculator calculator = new CqIncrementalScoreCalculator();
        calculator.resetWorkingSolution(schedule);
        List<CqAssignment> days = schedule.getAssignments();
        List<CqShiftType> types = in.shiftTypes();
        for (int step = 0; step < 4000; step++) {
            CqAssignment a = days.get(random.nextInt(days.size()));
            // mostly off/on flips (they move run boundaries), sometimes a type change (successions, type maxima)
            CqShiftType next = random.nextInt(3) == 0 || a.getShift() != null && random.nextBoolean() ? null
                    : types.get(random.nextInt(types.size()));
            calculator.beforeVariableChanged(a, "shift");
            a.setShift(next);
            calculator.afterVariableChanged(a, "shift");
            HardSoftScore score = calculator.calculateScore();
            CqEvaluation expected = CqEvaluator.evaluate(in, schedule.toRoster());
            assertEquals(-expected.hardPenalty(), score.hardScore(), "hard after step " + step + " at " + a);
            assertEquals(-expected.objective(), score.softScore(), "soft after step " + step + " at " + a);
        }
    }
}
