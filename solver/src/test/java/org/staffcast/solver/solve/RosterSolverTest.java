package org.staffcast.solver.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.staffcast.solver.bound.CoverageLowerBound;
import org.staffcast.solver.generate.SiteGenerator;
import org.staffcast.solver.io.RosterFactory;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.score.RosterScoreCalculator;

class RosterSolverTest {

    @Test
    void smallSiteSolvesFeasiblyAndBothScoresAgree() {
        var problem = SiteGenerator.generate(new SiteGenerator.Spec(24, 2, 7, 7L, LocalDate.of(2026, 3, 23), "Europe/Berlin"));
        Roster roster = RosterFactory.build(problem);
        var result = RosterSolver.solve(roster,
                new RosterSolver.Options(Duration.ofSeconds(4), EnvironmentMode.PHASE_ASSERT, 1L), p -> { });
        assertTrue(result.score().isFeasible(), result.score().toString());
        assertTrue(result.secondsToFirstFeasible() >= 0);
        assertEquals(result.score(), new RosterScoreCalculator().calculateScore(result.roster()));
        assertTrue(result.shortfallAgentHours() >= result.lowerBoundAgentHours());
        for (AgentDay d : result.roster().getAgentDays()) {
            assertTrue(d.allows(d.getShift()));
        }
    }

    /** FULL_ASSERT recomputes the score from scratch after every move and fails on any incremental drift. */
    @Test
    void everyMoveKeepsTheIncrementalScoreExact() {
        var problem = SiteGenerator.generate(new SiteGenerator.Spec(6, 3, 4, 11L, LocalDate.of(2026, 10, 22), "Europe/Berlin"));
        Roster roster = RosterFactory.build(problem);
        var result = RosterSolver.solve(roster,
                new RosterSolver.Options(Duration.ofSeconds(3), EnvironmentMode.FULL_ASSERT, 5L), p -> { });
        assertEquals(result.score(), new RosterScoreCalculator().calculateScore(result.roster()));
    }

    @Test
    void lowerBoundIsBelowAnyRosterShortfall() {
        // scarce staff: 3 agents for a site sized for many more, so the bound is positive and binding
        var problem = SiteGenerator.generate(new SiteGenerator.Spec(40, 1, 7, 2L, LocalDate.of(2026, 3, 2), "Europe/Berlin"));
        var scarce = new org.staffcast.solver.model.Problem(problem.site(), problem.skills(), problem.queues(),
                problem.shiftTemplates(), problem.contracts(), problem.agents().subList(0, 3), problem.pinned(),
                problem.published(), problem.requirements(), problem.weights());
        Roster roster = RosterFactory.build(scarce);
        double bound = CoverageLowerBound.agentHours(roster);
        assertTrue(bound > 0, "bound " + bound);
        var result = RosterSolver.solve(roster,
                new RosterSolver.Options(Duration.ofSeconds(2), EnvironmentMode.PHASE_ASSERT, 1L), p -> { });
        assertTrue(result.shortfallAgentHours() >= bound, result.shortfallAgentHours() + " < " + bound);
    }
}
