package org.staffcast.solver.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
        for (AgentDay d : roster.getAgentDays()) {
            if (d.getDay() == 0) System.out.println(d.getId() + " " + d.getShiftRange().size() + " " + d.getAgent().contract());
        }
        var result = RosterSolver.solve(roster,
                new RosterSolver.Options(Duration.ofSeconds(4), null, EnvironmentMode.PHASE_ASSERT, 1L), p -> System.out.println("PROGRESS " + p));
        System.out.println(result.score() + " shortfall=" + result.shortfallAgentHours() + " lb=" + result.lowerBoundAgentHours());
        System.out.println(RosterScoreCalculator.breakdown(result.roster()).matches());
        assertTrue(result.score().isFeasible(), result.score().toString());
        assertEquals(result.score(), new RosterScoreCalculator().calculateScore(result.roster()));
        assertTrue(result.shortfallAgentHours() >= result.lowerBoundAgentHours());
        for (AgentDay d : result.roster().getAgentDays()) {
            assertTrue(d.allows(d.getShift()));
        }
    }
}
