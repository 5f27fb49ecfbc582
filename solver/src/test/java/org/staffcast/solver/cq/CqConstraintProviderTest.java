package org.staffcast.solver.cq;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import org.junit.jupiter.api.Test;

/** One fire and one no-fire case per constraint, with penalties worked out by hand (see CqEvaluatorTest). */
class CqConstraintProviderTest {

    private static final ConstraintVerifier<CqConstraintProvider, CqSchedule> VERIFIER =
            ConstraintVerifier.build(new CqConstraintProvider(), CqSchedule.class, CqAssignment.class);

    private static CqSchedule small(String a, String b) {
        CqInstance in = CqTestData.small();
        return CqSchedule.of(in, CqTestData.roster(in, a, b));
    }

    private static CqSchedule instance1WithA(String row) {
        CqInstance in = CqTestData.instance1();
        return CqSchedule.of(in, CqTestData.withRow(in, CqTestData.instance1Optimal(), 0, row));
    }

    @Test
    void dayOff() {
        VERIFIER.verifyThat(CqConstraintProvider::dayOff).givenSolution(small("E......", "EE.E...")).penalizesBy(1);
        VERIFIER.verifyThat(CqConstraintProvider::dayOff).givenSolution(small("E......", "EE..EE.")).penalizesBy(0);
    }

    @Test
    void forbiddenSuccession() {
        VERIFIER.verifyThat(CqConstraintProvider::forbiddenSuccession)
                .givenSolution(small("LELE...", ".......")).penalizesBy(2);
        VERIFIER.verifyThat(CqConstraintProvider::forbiddenSuccession)
                .givenSolution(small("ELLEE.L", ".......")).penalizesBy(1);
        VERIFIER.verifyThat(CqConstraintProvider::forbiddenSuccession)
                .givenSolution(small("EL.E.L.", ".......")).penalizesBy(0);
    }

    @Test
    void maxShiftsPerType() {
        VERIFIER.verifyThat(CqConstraintProvider::maxShiftsPerType)
                .givenSolution(small("L.L.L..", "L......")).penalizesBy(3);
        VERIFIER.verifyThat(CqConstraintProvider::maxShiftsPerType)
                .givenSolution(small("L.EEEEE", "EE.....")).penalizesBy(0);
    }

    @Test
    void maxTotalMinutes() {
        VERIFIER.verifyThat(CqConstraintProvider::maxTotalMinutes)
                .givenSolution(small("EEEEEEE", ".......")).penalizesBy(6);
        VERIFIER.verifyThat(CqConstraintProvider::maxTotalMinutes)
                .givenSolution(small("EEEEEE.", ".......")).penalizesBy(0);
    }

    @Test
    void minTotalMinutes() {
        VERIFIER.verifyThat(CqConstraintProvider::minTotalMinutes)
                .givenSolution(small(".......", ".......")).penalizesBy(16);
        VERIFIER.verifyThat(CqConstraintProvider::minTotalMinutes)
                .givenSolution(small(".......", "E......")).penalizesBy(8);
        VERIFIER.verifyThat(CqConstraintProvider::minTotalMinutes)
                .givenSolution(small(".......", "EE.....")).penalizesBy(0);
    }

    @Test
    void maxConsecutiveShifts() {
        VERIFIER.verifyThat(CqConstraintProvider::maxConsecutiveShifts)
                .givenSolution(instance1WithA(".DDDDDD..DD...")).penalizesBy(1);
        VERIFIER.verifyThat(CqConstraintProvider::maxConsecutiveShifts)
                .givenSolution(instance1WithA(".DDDD..DDDDD..")).penalizesBy(0);
    }

    @Test
    void minConsecutiveShifts() {
        VERIFIER.verifyThat(CqConstraintProvider::minConsecutiveShifts)
                .givenSolution(instance1WithA(".DDDD..D..DD..")).penalizesBy(1);
        // single shifts on the first and last day are exempt
        VERIFIER.verifyThat(CqConstraintProvider::minConsecutiveShifts)
                .givenSolution(small("E.....E", "EE..EE.")).penalizesBy(0);
        VERIFIER.verifyThat(CqConstraintProvider::minConsecutiveShifts)
                .givenSolution(small("E......", "EE..E..")).penalizesBy(1);
    }

    @Test
    void minConsecutiveDaysOff() {
        VERIFIER.verifyThat(CqConstraintProvider::minConsecutiveDaysOff)
                .givenSolution(instance1WithA(".DD.DDD..DDD..")).penalizesBy(1);
        // B: single days off on day 0 and day 6 touch the ends
        VERIFIER.verifyThat(CqConstraintProvider::minConsecutiveDaysOff)
                .givenSolution(small("E......", ".EE..EE")).penalizesBy(0);
        VERIFIER.verifyThat(CqConstraintProvider::minConsecutiveDaysOff)
                .givenSolution(small("E......", "EE.EE..")).penalizesBy(1);
    }

    @Test
    void maxWeekends() {
        VERIFIER.verifyThat(CqConstraintProvider::maxWeekends)
                .givenSolution(instance1WithA(".DD..DD...DDDD")).penalizesBy(1);
        VERIFIER.verifyThat(CqConstraintProvider::maxWeekends)
                .givenSolution(small(".....EE", "....EE.")).penalizesBy(1);
        VERIFIER.verifyThat(CqConstraintProvider::maxWeekends)
                .givenSolution(small(".....EE", "EE.....")).penalizesBy(0);
    }

    @Test
    void shiftOnRequest() {
        VERIFIER.verifyThat(CqConstraintProvider::shiftOnRequest).givenSolution(small("L......", ".......")).penalizesBy(3);
        VERIFIER.verifyThat(CqConstraintProvider::shiftOnRequest).givenSolution(small(".......", ".......")).penalizesBy(3);
        VERIFIER.verifyThat(CqConstraintProvider::shiftOnRequest).givenSolution(small("E......", ".......")).penalizesBy(0);
    }

    @Test
    void shiftOffRequest() {
        VERIFIER.verifyThat(CqConstraintProvider::shiftOffRequest).givenSolution(small(".L.....", ".......")).penalizesBy(2);
        VERIFIER.verifyThat(CqConstraintProvider::shiftOffRequest).givenSolution(small(".E.....", ".......")).penalizesBy(0);
    }

    @Test
    void understaffing() {
        // day0 L 0/1 → 100, day1 E 0/2 → 100 (uncovered lines count too)
        VERIFIER.verifyThat(CqConstraintProvider::understaffing).givenSolution(small(".......", ".......")).penalizesBy(300);
        VERIFIER.verifyThat(CqConstraintProvider::understaffing).givenSolution(small("E......", ".......")).penalizesBy(200);
        VERIFIER.verifyThat(CqConstraintProvider::understaffing).givenSolution(small("LE.....", "EE.....")).penalizesBy(0);
    }

    @Test
    void overstaffing() {
        // day0 E 2/1 → 1, day1 L 1/0 → 7
        VERIFIER.verifyThat(CqConstraintProvider::overstaffing).givenSolution(small("EL.....", "EE.....")).penalizesBy(8);
        VERIFIER.verifyThat(CqConstraintProvider::overstaffing).givenSolution(small("LE.....", "EE.....")).penalizesBy(0);
    }
}
