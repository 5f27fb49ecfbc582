package org.staffcast.solver.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.staffcast.solver.io.RosterFactory;
import org.staffcast.solver.model.Problem;

class SiteGeneratorTest {

    private static final Problem SITE = SiteGenerator.generate(
            new SiteGenerator.Spec(1000, 4, 7, 42, LocalDate.of(2026, 3, 23), "Europe/Berlin"));

    @Test
    void workforceMixLooksLikeAContactCenter() {
        long partTime = SITE.agents().stream().filter(a -> a.contract().equals("part-time")).count();
        long multiSkilled = SITE.agents().stream().filter(a -> a.skills().size() > 1).count();
        long withTimeOff = SITE.agents().stream().filter(a -> !a.timeOff().isEmpty()).count();
        long withRequests = SITE.agents().stream()
                .filter(a -> !a.preferences().daysOffRequested().isEmpty()).count();
        // drawn with probabilities 0.30, 0.35, 0.10 and 0.30: 1000 draws stay within ±5 points (> 3 sd)
        assertEquals(300, partTime, 50);
        assertEquals(350, multiSkilled, 50);
        assertEquals(100, withTimeOff, 35);
        assertEquals(300, withRequests, 50);
    }

    @Test
    void requirementUsesAboutNinetyPercentOfCapacity() {
        double required = SITE.requirements().stream().mapToDouble(Problem.RequirementSpec::agentsRequired).sum();
        long partTime = SITE.agents().stream().filter(a -> a.contract().equals("part-time")).count();
        // capacity in agent-quarter-hours: 38.5 h or 20 h a week, 92% of it off break
        double capacity = ((1000 - partTime) * 38.5 + partTime * 20) * 4 * 0.92;
        assertEquals(0.9, required / capacity, 0.02);
    }

    @Test
    void sameSeedSameSite() {
        Problem again = SiteGenerator.generate(
                new SiteGenerator.Spec(1000, 4, 7, 42, LocalDate.of(2026, 3, 23), "Europe/Berlin"));
        assertEquals(SITE, again);
        assertTrue(RosterFactory.build(SITE).getAgentDays().size() == 7000);
    }

    @Test
    void erlangCMatchesAnIndependentCalculation() {
        // 100 calls of 180 s in 30 min = 10 Erlangs; for 80% in 20 s, 13 agents give SL 0.7956 and 14 give 0.8884
        // (computed independently from the explicit Erlang C sum C = (A^n/n!·n/(n−A)) / (Σ_{k<n} A^k/k! + that))
        assertEquals(14, ErlangSizing.agents(100, 1800, 180, 0.8, 20));
    }
}
