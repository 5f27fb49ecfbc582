package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The incremental score after every few single-day changes equals the independent evaluator's score of the same roster:
 * the local run re-pricing ({@link CqRowPenalty#local}) must see every run a change can split, merge, lengthen or
 * shorten, including runs at the horizon's ends (exempt from the minima) and runs over fixed days off.
 */
class CqIncrementalScoreCalculatorTest {

    @ParameterizedTest(name = "{0}, local limit {1}")
    @CsvSource({"small,0", "small,1", "small,3", "Instance1,0", "Instance1,2", "Instance3,0", "Instance3,1",
        "Instance3,4"})
    void everyChangeMatchesTheEvaluator(String name, int localLimit) {
        CqInstance in = name.equals("small") ? CqTestData.small() : CqTestData.resourceInstance(name);
        SplittableRandom random = new SplittableRandom(31L * name.hashCode() + localLimit);
        CqSchedule schedule = CqSchedule.of(in, random.nextBoolean() ? CqGreedy.build(in) : CqRoster.allOff(in));
        CqIncrementalScoreCalculator calculator = new CqIncrementalScoreCalculator();
        calculator.setLocalLimit(localLimit);
        calculator.resetWorkingSolution(schedule);
        List<CqAssignment> days = schedule.getAssignments();
        List<CqShiftType> types = in.shiftTypes();
        for (int step = 0; step < 4000; step++) {
            // one to eight changes per score, as a block move makes: past a few changes of one row the
            // calculator re-penalises the whole row instead
            int changes = 1 + random.nextInt(8);
            CqAssignment a = null;
            for (int c = 0; c < changes; c++) {
                a = random.nextBoolean() || a == null ? days.get(random.nextInt(days.size()))
                        : days.get(Math.min(days.size() - 1, days.indexOf(a) + 1));
                // mostly off/on flips (they move run boundaries), sometimes a type change (successions, maxima)
                CqShiftType next = random.nextInt(3) == 0 || a.getShift() != null && random.nextBoolean() ? null
                        : types.get(random.nextInt(types.size()));
                calculator.beforeVariableChanged(a, "shift");
                a.setShift(next);
                calculator.afterVariableChanged(a, "shift");
            }
            HardSoftScore score = calculator.calculateScore();
            CqEvaluation expected = CqEvaluator.evaluate(in, schedule.toRoster());
            assertEquals(-expected.hardPenalty(), score.hardScore(), "hard after step " + step + " at " + a);
            assertEquals(-expected.objective(), score.softScore(), "soft after step " + step + " at " + a);
        }
    }
}
