package org.staffcast.solver.model;

import java.util.Set;

/**
 * A contract's limits for this horizon. Minutes and days per week are pro-rated to the horizon length
 * ({@code round(perWeek × days / 7)}); consecutive-day, rest and weekend limits apply as written.
 * {@code forbiddenSuccessions} holds "fromTemplate>toTemplate" keys.
 */
public record ContractRules(String id, int minMinutes, int maxMinutes, int maxDays, int maxConsecutiveDays,
                            int minConsecutiveDays, int minConsecutiveDaysOff, int minRestMinutes, int maxWeekends,
                            Set<String> forbiddenSuccessions) {

    public ContractRules {
        forbiddenSuccessions = Set.copyOf(forbiddenSuccessions);
    }

    public boolean forbids(Template from, Template to) {
        return !forbiddenSuccessions.isEmpty() && forbiddenSuccessions.contains(from.id() + ">" + to.id());
    }
}
