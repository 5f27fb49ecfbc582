package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.staffcast.solver.cq.CqConstraintProvider.DAY_OFF;
import static org.staffcast.solver.cq.CqConstraintProvider.FORBIDDEN_SUCCESSION;
import static org.staffcast.solver.cq.CqConstraintProvider.MAX_CONSECUTIVE_SHIFTS;
import static org.staffcast.solver.cq.CqConstraintProvider.MAX_SHIFTS_PER_TYPE;
import static org.staffcast.solver.cq.CqConstraintProvider.MAX_TOTAL_MINUTES;
import static org.staffcast.solver.cq.CqConstraintProvider.MAX_WEEKENDS;
import static org.staffcast.solver.cq.CqConstraintProvider.MIN_CONSECUTIVE_DAYS_OFF;
import static org.staffcast.solver.cq.CqConstraintProvider.MIN_CONSECUTIVE_SHIFTS;
import static org.staffcast.solver.cq.CqConstraintProvider.MIN_TOTAL_MINUTES;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CqEvaluatorTest {

    /** Instance1's published optimum is 607 (Curtois &amp; Qu 2014); the roster was found by our solver. */
    @Test
    void optimalInstance1RosterCosts607AndIsFeasible() {
        CqEvaluation e = CqEvaluator.evaluate(CqTestData.instance1(), CqTestData.instance1Optimal());
        assertEquals(List.of(), e.violations());
        assertEquals(607, e.objective());
        assertEquals(0, e.hardPenalty());
    }

    @Test
    void objectiveByHandOnTheSmallInstance() {
        CqInstance in = CqTestData.small();
        // on-request A0=E met; cover: day0 E 1/1, day0 L 0/1 → 100, day1 E 0/2 → 2×50, day1 L 0/0
        assertEquals(200, CqEvaluator.objective(in, CqTestData.roster(in, "E......", ".......")));
        // on-request A0=E missed (L) → 3; every cover line met exactly
        assertEquals(3, CqEvaluator.objective(in, CqTestData.roster(in, "LEL.E..", "EE.E...")));
        // off-request A1=L broken → 2; day0 E 2/1 → 1, day0 L 0/1 → 100, day1 E 1/2 → 50, day1 L 1/0 → 7
        assertEquals(160, CqEvaluator.objective(in, CqTestData.roster(in, "EL.....", "EE.....")));
    }

    @Test
    void listsEveryViolationOfABrokenSmallRoster() {
        CqInstance in = CqTestData.small();
        CqEvaluation e = CqEvaluator.evaluate(in, CqTestData.roster(in, "LEL.E..", "EE.E..."));
        assertEquals(List.of(
                new CqViolation(FORBIDDEN_SUCCESSION, "A", 0, 8, "A works E on day 1 after L"),
                new CqViolation(MAX_SHIFTS_PER_TYPE, "A", -1, 8, "A works 2 L shifts, at most 1 allowed"),
                new CqViolation(DAY_OFF, "B", 3, 8, "B works E on fixed day off 3"),
                new CqViolation(MIN_CONSECUTIVE_SHIFTS, "B", 3, 8,
                        "B works only 1 days in a row from day 3, at least 2"),
                new CqViolation(MIN_CONSECUTIVE_DAYS_OFF, "B", 2, 8,
                        "B has only 1 days off in a row from day 2, at least 2")), e.violations());
        assertEquals(5 * CqPenalties.DAY, e.hardPenalty());
    }

    @Test
    void totalMinutesAndWeekendsOnTheSmallInstance() {
        CqInstance in = CqTestData.small();
        // A 7×480 = 3360 > 3000 → 360 min → 6 started hours; B works nothing → 960 short → 16
        CqEvaluation e = CqEvaluator.evaluate(in, CqTestData.roster(in, "EEEEEEE", "......."));
        assertEquals(List.of(MAX_TOTAL_MINUTES, MIN_TOTAL_MINUTES), CqTestData.constraints(e));
        assertEquals(22, e.hardPenalty());
        // B works Friday + Saturday of weekend 0 with MaxWeekends 0
        CqEvaluation w = CqEvaluator.evaluate(in, CqTestData.roster(in, "E......", "....EE."));
        assertEquals(List.of(MAX_WEEKENDS), CqTestData.constraints(w));
    }

    /**
     * Employee A of Instance1 (max 5 in a row, min 2 in a row, min 2 days off, 1 weekend, 7–9 shifts). Penalties:
     * {@link CqPenalties#DAY} = 8 per day-level unit; minutes in started hours (1440 short = 24).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        ".DDDDDD..DD...,Max consecutive shifts,8",
        ".DDDD..D..DD..,Min consecutive shifts,8",
        ".DD.DDD..DDD..,Min consecutive days off,8",
        ".DD..DD...DDDD,Max weekends,8",
        ".DD..DD.......,Min total minutes,24",
        "DDDD..DD..DD..,Fixed day off,8",
        ".DDDD..DDDDD..,,0",
        "DD..DDDDD...D.,Max consecutive shifts,0",
    })
    void findsEachRuleBrokenByEmployeeAOfInstance1(String row, String constraint, int penalty) {
        CqInstance in = CqTestData.instance1();
        CqEvaluation e = CqEvaluator.evaluate(in, CqTestData.withRow(in, CqTestData.instance1Optimal(), 0, row));
        List<CqViolation> ofA = e.violations().stream().filter(v -> v.employee().equals("A")).toList();
        if (penalty == 0 && constraint == null) {
            assertEquals(List.of(), ofA);
        } else if (penalty == 0) {
            assertTrue(ofA.stream().noneMatch(v -> v.constraint().equals(constraint)), ofA::toString);
        } else {
            assertEquals(1, ofA.size(), ofA::toString);
            assertEquals(constraint, ofA.get(0).constraint());
            assertEquals(penalty, ofA.get(0).penalty());
        }
    }

    @Test
    void runsTouchingTheHorizonEndsAreExemptFromMinimums() {
        CqInstance in = CqTestData.instance1();
        // G (index 6, fixed day off 1): single shifts on days 0 and 13 touch the ends and are exempt; the single
        // day off on day 1 is inner and too short; days 5 and 13 make two weekends
        CqEvaluation e = CqEvaluator.evaluate(in,
                CqTestData.withRow(in, CqTestData.instance1Optimal(), 6, "D.DDDD..DDD..D"));
        List<CqViolation> ofG = e.violations().stream().filter(v -> v.employee().equals("G")).toList();
        assertEquals(List.of(MIN_CONSECUTIVE_DAYS_OFF, MAX_WEEKENDS), ofG.stream().map(CqViolation::constraint).toList());
        assertEquals(1, ofG.get(0).day());
    }

    @Test
    void rejectsARosterOfTheWrongSize() {
        CqInstance in = CqTestData.small();
        assertThrows(IllegalArgumentException.class,
                () -> CqEvaluator.evaluate(in, CqTestData.roster(in, "E......")));
    }
}
