package org.staffcast.solver.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.staffcast.solver.generate.SiteGenerator;
import org.staffcast.solver.io.RosterFactory;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.Problem;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.solve.RosterSolver;

/** The constraint streams and the independent plain-Java calculator give the same score on random rosters. */
class ScoreAgreementTest {

    private static final SolutionManager<Roster, HardSoftScore> STREAMS = SolutionManager.create(
            SolverFactory.<Roster>create(RosterSolver.config(RosterSolver.Options.of(Duration.ofSeconds(1)))));

    @RepeatedTest(40)
    void streamsAndPlainJavaAgreeOnRandomRosters(RepetitionInfo info) {
        int rep = info.getCurrentRepetition();
        SplittableRandom rnd = new SplittableRandom(rep * 7919L);
        int queues = 1 + rnd.nextInt(4);
        int days = rep % 5 == 0 ? 4 + rnd.nextInt(10) : 7;
        // a DST week in Berlin (29 March 2026) and in New York (1 November 2026) among them
        LocalDate start = rep % 2 == 0 ? LocalDate.of(2026, 3, 23) : LocalDate.of(2026, 10, 26);
        String zone = rep % 3 == 0 ? "America/New_York" : "Europe/Berlin";
        Problem p = SiteGenerator.generate(new SiteGenerator.Spec(3 + rnd.nextInt(10), queues, days, rep, start, zone));
        p = withExtras(p, rnd);
        Roster roster = RosterFactory.build(p);
        for (AgentDay d : roster.getAgentDays()) {
            if (d.isPinned()) {
                continue;
            }
            double r = rnd.nextDouble();
            if (r < 0.3 || d.getShiftRange().isEmpty()) {
                d.setShift(null);
            } else {
                d.setShift(d.getShiftRange().get(rnd.nextInt(d.getShiftRange().size())));
            }
            d.setBreakPlan(roster.getBreakPlans().get(rnd.nextInt(roster.getBreakPlans().size())));
        }
        HardSoftScore plain = new RosterScoreCalculator().calculateScore(roster);
        HardSoftScore streams = STREAMS.update(roster);
        assertEquals(plain, streams, () -> "rep " + rep + ": " + RosterScoreCalculator.breakdown(roster).matches()
                + "\n" + STREAMS.analyze(roster).summarize());
    }

    /** Pins, a published schedule and weight overrides on top of a generated site. */
    private static Problem withExtras(Problem p, SplittableRandom rnd) {
        List<Problem.PinnedSpec> pinned = new ArrayList<>();
        List<Problem.PinnedSpec> published = new ArrayList<>();
        LocalDate start = LocalDate.parse(p.site().horizonStart());
        for (Problem.AgentSpec a : p.agents()) {
            if (rnd.nextDouble() < 0.2) {
                // pinned shifts may clash with time off or rest rules: the hard rules must show it
                LocalDate d = start.plusDays(rnd.nextInt(p.site().days()));
                pinned.add(rnd.nextBoolean() ? new Problem.PinnedSpec(a.id(), d.toString(), null, null, true)
                        : new Problem.PinnedSpec(a.id(), d.toString(), "09:00", 480, false));
            }
            if (rnd.nextDouble() < 0.5) {
                LocalDate d = start.plusDays(rnd.nextInt(p.site().days()));
                published.add(new Problem.PinnedSpec(a.id(), d.toString(), "08:00", 480, rnd.nextBoolean()));
            }
        }
        Map<String, Long> weights = new HashMap<>();
        if (rnd.nextBoolean()) {
            weights.put("Under-staffing", 1L + rnd.nextInt(500));
            weights.put("Minimum rest between shifts", (long) rnd.nextInt(3));
        }
        return new Problem(p.site(), p.skills(), p.queues(), p.shiftTemplates(), p.contracts(), p.agents(), pinned,
                published, p.requirements(), weights);
    }
}
