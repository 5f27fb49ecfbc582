package org.staffcast.solver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.staffcast.solver.coverage.SkillMix;
import org.staffcast.solver.generate.SiteGenerator;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.IntervalDemand;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.solve.GreedyConstruction;

class RosterOutputTest {

    @Test
    void agentsAreAssignedToQueuesExactlyAsTheAllocationCountsThem() {
        Roster r = RosterFactory.build(SiteGenerator.generate(
                new SiteGenerator.Spec(60, 4, 7, 5, LocalDate.of(2026, 3, 23), "Europe/Berlin")));
        GreedyConstruction.construct(r, 1);
        Map<AgentDay, int[]> assignment = RosterOutput.queueAssignment(r);
        int n = r.intervalCount();
        int nq = r.getQueueIds().size();
        int[][] assigned = new int[n][nq];
        int[][] byMask = new int[n][1 << nq];
        int g = r.getGridMinutes();
        for (AgentDay d : r.getAgentDays()) {
            if (d.getShift() == null) {
                continue;
            }
            int first = d.getShift().startMinute() / g;
            int[] worked = d.getShift().workedIntervals(d.getBreakPlan(), n);
            java.util.Set<Integer> working = new java.util.HashSet<>();
            for (int t : worked) {
                working.add(t);
                byMask[t][d.getAgent().queueMask()]++;
            }
            int[] q = assignment.get(d);
            for (int k = 0; k < q.length; k++) {
                if (q[k] >= 0) {
                    assertTrue(working.contains(first + k), "assigned during a break or outside the horizon");
                    assertNotEquals(0, d.getAgent().queueMask() & (1 << q[k]), "assigned without the skill");
                    assigned[first + k][q[k]]++;
                }
            }
        }
        for (IntervalDemand demand : r.getIntervalDemands()) {
            int t = demand.interval();
            var alloc = SkillMix.ofCounts(byMask[t]).allocate(demand.required(), demand.priority());
            for (int q = 0; q < nq; q++) {
                assertEquals(alloc.served()[q], assigned[t][q], "interval " + t + " queue " + q);
            }
        }
    }

    @Test
    void activitiesTileTheShift() {
        Roster r = RosterFactory.build(SiteGenerator.generate(
                new SiteGenerator.Spec(20, 2, 7, 8, LocalDate.of(2026, 10, 19), "Europe/Berlin")));
        GreedyConstruction.construct(r, 2);
        Map<AgentDay, int[]> assignment = RosterOutput.queueAssignment(r);
        for (AgentDay d : r.getAgentDays()) {
            if (d.getShift() == null) {
                continue;
            }
            var acts = RosterOutput.activities(d, assignment.get(d), r);
            assertEquals(d.getShift().startMinute(), acts.get(0).start());
            assertEquals(d.getShift().endMinute(), acts.get(acts.size() - 1).end());
            long breaks = acts.stream().filter(a -> !a.type().equals("WORK")).count();
            assertEquals(d.getShift().breakCount(), breaks);
            for (int i = 1; i < acts.size(); i++) {
                assertEquals(acts.get(i - 1).end(), acts.get(i).start());
            }
        }
    }

    @Test
    void activitiesTileTheShiftUnderEveryNonOverlappingBreakPlan() {
        // a lunch window may open before an earlier rule's break ends: the output must still follow the clock
        Roster r = RosterFactory.build(SiteGenerator.generate(
                new SiteGenerator.Spec(20, 2, 7, 8, LocalDate.of(2026, 10, 19), "Europe/Berlin")));
        GreedyConstruction.construct(r, 2);
        int checked = 0;
        for (AgentDay d : r.getAgentDays()) {
            if (d.getShift() == null) {
                continue;
            }
            for (org.staffcast.solver.model.BreakPlan plan : r.getBreakPlans()) {
                if (d.getShift().breaksOverlap(plan)) {
                    continue;
                }
                d.setBreakPlan(plan);
                var acts = RosterOutput.activities(d, RosterOutput.queueAssignment(r).get(d), r);
                assertEquals(d.getShift().startMinute(), acts.get(0).start());
                assertEquals(d.getShift().endMinute(), acts.get(acts.size() - 1).end());
                assertEquals(d.getShift().breakCount(), acts.stream().filter(a -> !a.type().equals("WORK")).count(),
                        () -> "plan " + plan + ": " + acts);
                for (int i = 1; i < acts.size(); i++) {
                    assertEquals(acts.get(i - 1).end(), acts.get(i).start());
                    assertTrue(acts.get(i).end() > acts.get(i).start());
                }
                checked++;
            }
            if (checked > 3000) {
                break;
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }
}
