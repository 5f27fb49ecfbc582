package org.staffcast.solver.constraints;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.staffcast.solver.model.Agent;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.BreakPlan;
import org.staffcast.solver.model.BreakRule;
import org.staffcast.solver.model.ContractRules;
import org.staffcast.solver.model.IntervalDemand;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.model.Shift;
import org.staffcast.solver.model.Template;

/**
 * One test pair per rule: the rule fires (with the match weight worked out by hand in the comment) and does not.
 * The week starts on Monday 2026-03-02 (no DST change); minutes count from Monday 00:00.
 */
class RosterConstraintProviderTest {

    private static final ConstraintVerifier<RosterConstraintProvider, Roster> VERIFIER =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, AgentDay.class);

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final BreakPlan MIDDLE = BreakPlan.all().get(0);
    private static final Template PLAIN = new Template("plain", List.of(), false);
    private static final Template EARLY = new Template("early", List.of(), false);
    private static final Template LATE = new Template("late", List.of(), true);
    private static final ContractRules FREE = contract(0, 100_000, 7, 7, 0, 0, 0, 7, Set.of());

    static ContractRules contract(int minM, int maxM, int maxDays, int maxCons, int minCons, int minOff, int rest,
                                  int maxWeekends, Set<String> forbidden) {
        return new ContractRules("c", minM, maxM, maxDays, maxCons, minCons, minOff, rest, maxWeekends, forbidden);
    }

    static Agent agent(String id, ContractRules c) {
        return new Agent(id, id.hashCode() & 0xffff, id, "t", c, 0b1, List.of(), Set.of(), -1, -1);
    }

    static Shift shift(int day, int hour, int minute, int length, Template t) {
        int local = hour * 60 + minute;
        return new Shift(t.id() + day + "@" + local + "+" + length, day, day * 1440 + local, length, local, t, 15);
    }

    static Shift shift(int day, int hour, int length) {
        return shift(day, hour, 0, length, PLAIN);
    }

    static AgentDay day(Agent a, int day, Shift s) {
        List<Shift> range = s == null ? List.of() : List.of(s);
        AgentDay d = new AgentDay(a, day, MONDAY.plusDays(day), 6, 7 * 96, range);
        d.setShift(s);
        d.setBreakPlan(MIDDLE);
        return d;
    }

    /** The agent's whole week: shifts by day (null = off). */
    static List<Object> week(Agent a, Shift... shifts) {
        List<Object> out = new ArrayList<>();
        out.add(a);
        for (int i = 0; i < 7; i++) {
            out.add(day(a, i, i < shifts.length ? shifts[i] : null));
        }
        return out;
    }

    @Nested
    class Hard {
        @Test
        void agentUnavailable() {
            Agent a = new Agent("a", 1, "a", "t", FREE, 1, List.of(new int[] {8 * 60, 12 * 60}), Set.of(), -1, -1);
            VERIFIER.verifyThat(RosterConstraintProvider::agentUnavailable)
                    .given(a, day(a, 0, shift(0, 9, 240))).penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::agentUnavailable)
                    .given(a, day(a, 0, shift(0, 12, 240))).penalizes(0);
        }

        @Test
        void overlappingShifts() {
            Agent a = agent("a", FREE);
            // Monday 20:00 + 8 h ends Tuesday 04:00; Tuesday's 02:00 start overlaps by 120 minutes
            VERIFIER.verifyThat(RosterConstraintProvider::overlappingShifts)
                    .given(week(a, shift(0, 20, 480), shift(1, 2, 480)).toArray()).penalizesBy(120);
            VERIFIER.verifyThat(RosterConstraintProvider::overlappingShifts)
                    .given(week(a, shift(0, 20, 480), shift(1, 12, 480)).toArray()).penalizes(0);
        }

        @Test
        void minimumRest() {
            Agent a = agent("a", contract(0, 100_000, 7, 7, 0, 0, 660, 7, Set.of()));
            // Monday 09:00-17:00, Tuesday 03:00: 600 minutes of rest, 60 short of 11 h
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRest)
                    .given(week(a, shift(0, 9, 480), shift(1, 3, 480)).toArray()).penalizesBy(60);
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRest)
                    .given(week(a, shift(0, 9, 480), shift(1, 4, 480)).toArray()).penalizes(0);
        }

        @Test
        void forbiddenSuccession() {
            Agent a = agent("a", contract(0, 100_000, 7, 7, 0, 0, 0, 7, Set.of("late>early")));
            VERIFIER.verifyThat(RosterConstraintProvider::forbiddenSuccession)
                    .given(week(a, shift(0, 13, 0, 480, LATE), shift(1, 7, 0, 480, EARLY)).toArray()).penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::forbiddenSuccession)
                    .given(week(a, shift(0, 7, 0, 480, EARLY), shift(1, 13, 0, 480, LATE)).toArray()).penalizes(0);
        }

        @Test
        void tooManyPaidHours() {
            Agent a = agent("a", contract(0, 900, 7, 7, 0, 0, 0, 7, Set.of()));
            // 3 × 480 = 1440 paid minutes, 540 over
            VERIFIER.verifyThat(RosterConstraintProvider::tooManyPaidHours)
                    .given(week(a, shift(0, 9, 480), shift(1, 9, 480), shift(2, 9, 480)).toArray()).penalizesBy(540);
            VERIFIER.verifyThat(RosterConstraintProvider::tooManyPaidHours)
                    .given(week(a, shift(0, 9, 480), shift(1, 9, 420)).toArray()).penalizes(0);
        }

        @Test
        void tooFewPaidHours() {
            Agent a = agent("a", contract(960, 100_000, 7, 7, 0, 0, 0, 7, Set.of()));
            VERIFIER.verifyThat(RosterConstraintProvider::tooFewPaidHours)
                    .given(week(a, shift(0, 9, 480)).toArray()).penalizesBy(480);
            // no shift at all: the whole minimum is missing
            VERIFIER.verifyThat(RosterConstraintProvider::tooFewPaidHours)
                    .given(week(a).toArray()).penalizesBy(960);
            VERIFIER.verifyThat(RosterConstraintProvider::tooFewPaidHours)
                    .given(week(a, shift(0, 9, 480), shift(1, 9, 480)).toArray()).penalizes(0);
        }

        @Test
        void tooManyWorkingDays() {
            Agent a = agent("a", contract(0, 100_000, 2, 7, 0, 0, 0, 7, Set.of()));
            VERIFIER.verifyThat(RosterConstraintProvider::tooManyWorkingDays)
                    .given(week(a, shift(0, 9, 480), null, shift(2, 9, 480), shift(3, 9, 480)).toArray()).penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::tooManyWorkingDays)
                    .given(week(a, shift(0, 9, 480), null, shift(2, 9, 480)).toArray()).penalizes(0);
        }

        @Test
        void tooManyConsecutiveDays() {
            Agent a = agent("a", contract(0, 100_000, 7, 2, 0, 0, 0, 7, Set.of()));
            // Monday to Thursday in a row: 4 days, 2 over
            VERIFIER.verifyThat(RosterConstraintProvider::tooManyConsecutiveDays)
                    .given(week(a, shift(0, 9, 480), shift(1, 9, 480), shift(2, 9, 480), shift(3, 9, 480)).toArray())
                    .penalizesBy(2);
            VERIFIER.verifyThat(RosterConstraintProvider::tooManyConsecutiveDays)
                    .given(week(a, shift(0, 9, 480), shift(1, 9, 480), null, shift(3, 9, 480)).toArray()).penalizes(0);
        }

        @Test
        void tooFewConsecutiveDays() {
            Agent a = agent("a", contract(0, 100_000, 7, 7, 2, 0, 0, 7, Set.of()));
            // Wednesday alone, inside the week: one day short of 2
            VERIFIER.verifyThat(RosterConstraintProvider::tooFewConsecutiveDays)
                    .given(week(a, null, null, shift(2, 9, 480)).toArray()).penalizesBy(1);
            // Monday alone touches the horizon start and may continue the previous week
            VERIFIER.verifyThat(RosterConstraintProvider::tooFewConsecutiveDays)
                    .given(week(a, shift(0, 9, 480)).toArray()).penalizes(0);
        }

        @Test
        void tooFewConsecutiveDaysOff() {
            Agent a = agent("a", contract(0, 100_000, 7, 7, 0, 2, 0, 7, Set.of()));
            // Monday, Wednesday: one day off between, one short of 2
            VERIFIER.verifyThat(RosterConstraintProvider::tooFewConsecutiveDaysOff)
                    .given(week(a, shift(0, 9, 480), null, shift(2, 9, 480)).toArray()).penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::tooFewConsecutiveDaysOff)
                    .given(week(a, shift(0, 9, 480), null, null, shift(3, 9, 480)).toArray()).penalizes(0);
        }

        @Test
        void tooManyWeekends() {
            Agent a = agent("a", contract(0, 100_000, 7, 7, 0, 0, 0, 0, Set.of()));
            // Saturday and Sunday are one weekend
            VERIFIER.verifyThat(RosterConstraintProvider::tooManyWeekends)
                    .given(week(a, null, null, null, null, null, shift(5, 9, 480), shift(6, 9, 480)).toArray())
                    .penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::tooManyWeekends)
                    .given(week(a, shift(0, 9, 480), null, null, null, shift(4, 9, 480)).toArray()).penalizes(0);
        }

        @Test
        void overlappingBreaks() {
            // in an 8 h shift both windows are 240..285 min: the 15-min break sits at 255, the 30-min lunch can
            // start no later than 255 either, so they overlap
            Template cramped = new Template("cramped", List.of(
                    new BreakRule(BreakRule.Kind.BREAK, 15, 0.5, 0.6, 0, true),
                    new BreakRule(BreakRule.Kind.LUNCH, 30, 0.5, 0.6, 0, false)), false);
            Template roomy = new Template("roomy", List.of(
                    new BreakRule(BreakRule.Kind.BREAK, 15, 0.1, 0.4, 0, true),
                    new BreakRule(BreakRule.Kind.LUNCH, 30, 0.4, 0.7, 0, false)), false);
            Agent a = agent("a", FREE);
            VERIFIER.verifyThat(RosterConstraintProvider::overlappingBreaks)
                    .given(a, day(a, 0, shift(0, 9, 0, 480, cramped))).penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::overlappingBreaks)
                    .given(a, day(a, 0, shift(0, 9, 0, 480, roomy))).penalizes(0);
        }
    }

    @Nested
    class Coverage {
        /** Demand at Monday 10:00 (interval 40): 2 agents on the one queue, priority 3. */
        private final IntervalDemand tenOclock = new IntervalDemand(40, new int[] {2}, new int[] {3});

        @Test
        void underStaffingIsConvexAndWeightedByPriority() {
            Agent a = agent("a", FREE);
            Agent b = agent("b", FREE);
            // one agent short: 3 · 1² = 3
            VERIFIER.verifyThat(RosterConstraintProvider::underStaffing)
                    .given(tenOclock, a, day(a, 0, shift(0, 9, 240))).penalizesBy(3);
            // nobody: 3 · 2² = 12, more than twice one agent short
            VERIFIER.verifyThat(RosterConstraintProvider::underStaffing)
                    .given(tenOclock, a, day(a, 0, null)).penalizesBy(12);
            VERIFIER.verifyThat(RosterConstraintProvider::underStaffing)
                    .given(tenOclock, a, b, day(a, 0, shift(0, 9, 240)), day(b, 0, shift(0, 10, 240))).penalizes(0);
        }

        @Test
        void agentOnBreakIsNotStaffed() {
            // a 4 h shift from 08:00 with a 15-min break in [0.5, 0.5625]: exactly 10:00-10:15
            Template t = new Template("b", List.of(new BreakRule(BreakRule.Kind.BREAK, 15, 0.5, 0.5625, 0, true)), false);
            Agent a = agent("a", FREE);
            Agent b = agent("b", FREE);
            VERIFIER.verifyThat(RosterConstraintProvider::underStaffing)
                    .given(tenOclock, a, b, day(a, 0, shift(0, 8, 0, 240, t)), day(b, 0, shift(0, 10, 240)))
                    .penalizesBy(3);
        }

        @Test
        void overStaffing() {
            Agent a = agent("a", FREE);
            Agent b = agent("b", FREE);
            Agent c = agent("c", FREE);
            IntervalDemand needOne = new IntervalDemand(40, new int[] {1}, new int[] {1});
            VERIFIER.verifyThat(RosterConstraintProvider::overStaffing)
                    .given(needOne, a, b, c, day(a, 0, shift(0, 9, 240)), day(b, 0, shift(0, 9, 240)),
                            day(c, 0, shift(0, 9, 240)))
                    .penalizesBy(2);
            VERIFIER.verifyThat(RosterConstraintProvider::overStaffing)
                    .given(needOne, a, day(a, 0, shift(0, 9, 240))).penalizes(0);
        }
    }

    @Nested
    class People {
        @Test
        void inconsistentShiftStarts() {
            Agent a = agent("a", FREE);
            // 08:00 and 09:30: 90 minutes apart = 6 quarter hours
            VERIFIER.verifyThat(RosterConstraintProvider::inconsistentShiftStarts)
                    .given(week(a, shift(0, 8, 0, 480, PLAIN), shift(1, 9, 30, 480, PLAIN)).toArray()).penalizesBy(6);
            VERIFIER.verifyThat(RosterConstraintProvider::inconsistentShiftStarts)
                    .given(week(a, shift(0, 8, 480), shift(1, 8, 480)).toArray()).penalizes(0);
        }

        @Test
        void dayOffRequestDenied() {
            Agent a = new Agent("a", 1, "a", "t", FREE, 1, List.of(), Set.of(1), -1, -1);
            VERIFIER.verifyThat(RosterConstraintProvider::dayOffRequestDenied)
                    .given(week(a, null, shift(1, 9, 480)).toArray()).penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::dayOffRequestDenied)
                    .given(week(a, shift(0, 9, 480)).toArray()).penalizes(0);
        }

        @Test
        void startOutsidePreferredTimes() {
            Agent a = new Agent("a", 1, "a", "t", FREE, 1, List.of(), Set.of(), 8 * 60, 9 * 60);
            // 10:00 is 60 minutes after the latest preferred start: 4 quarter hours
            VERIFIER.verifyThat(RosterConstraintProvider::startOutsidePreferredTimes)
                    .given(week(a, shift(0, 10, 480)).toArray()).penalizesBy(4);
            VERIFIER.verifyThat(RosterConstraintProvider::startOutsidePreferredTimes)
                    .given(week(a, shift(0, 8, 30, 480, PLAIN)).toArray()).penalizes(0);
        }

        @Test
        void unfairWeekends() {
            Agent a = agent("a", FREE);
            Agent b = agent("b", FREE);
            // loads 2 and 0: sqrt(Σx² − (Σx)²/n) = sqrt(4 − 2) = 1.41421 → 141 points
            List<Object> facts = new ArrayList<>(week(a, null, null, null, null, null, shift(5, 9, 480), shift(6, 9, 480)));
            facts.addAll(week(b));
            VERIFIER.verifyThat(RosterConstraintProvider::unfairWeekends).given(facts.toArray()).penalizesBy(141);
            List<Object> fair = new ArrayList<>(week(a, null, null, null, null, null, shift(5, 9, 480)));
            fair.addAll(week(b, null, null, null, null, null, null, shift(6, 9, 480)));
            VERIFIER.verifyThat(RosterConstraintProvider::unfairWeekends).given(fair.toArray()).penalizesBy(0);
        }

        @Test
        void unfairUnpopularShifts() {
            Agent a = agent("a", FREE);
            Agent b = agent("b", FREE);
            // loads 1 and 0: sqrt(1 − 1/2) = 0.707107 → 70 points
            List<Object> facts = new ArrayList<>(week(a, shift(0, 13, 0, 480, LATE)));
            facts.addAll(week(b, shift(0, 7, 0, 480, EARLY)));
            VERIFIER.verifyThat(RosterConstraintProvider::unfairUnpopularShifts).given(facts.toArray()).penalizesBy(70);
            List<Object> fair = new ArrayList<>(week(a, shift(0, 13, 0, 480, LATE)));
            fair.addAll(week(b, null, shift(1, 13, 0, 480, LATE)));
            VERIFIER.verifyThat(RosterConstraintProvider::unfairUnpopularShifts).given(fair.toArray()).penalizesBy(0);
        }

        @Test
        void paidHours() {
            Agent a = agent("a", FREE);
            VERIFIER.verifyThat(RosterConstraintProvider::paidHours)
                    .given(week(a, shift(0, 9, 480)).toArray()).penalizesBy(32);
            VERIFIER.verifyThat(RosterConstraintProvider::paidHours).given(week(a).toArray()).penalizes(0);
        }

        @Test
        void scheduleChanges() {
            Agent a = agent("a", FREE);
            AgentDay moved = day(a, 0, shift(0, 10, 480));
            moved.setPublished(shift(0, 9, 480));
            VERIFIER.verifyThat(RosterConstraintProvider::scheduleChanges).given(a, moved).penalizesBy(1);
            AgentDay nowWorking = day(a, 1, shift(1, 9, 480));
            nowWorking.setPublished(null); // published day off
            VERIFIER.verifyThat(RosterConstraintProvider::scheduleChanges).given(a, nowWorking).penalizesBy(1);
            AgentDay kept = day(a, 2, shift(2, 9, 480));
            kept.setPublished(shift(2, 9, 480));
            VERIFIER.verifyThat(RosterConstraintProvider::scheduleChanges).given(a, kept).penalizes(0);
        }
    }
}
