package org.staffcast.solver.constraints;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every roster rule by name with its default weight. A problem file's {@code weights} map (rule name → number)
 * overrides them: for a hard rule the number is the hard weight, for a soft rule the soft weight.
 */
public enum RosterWeights {
    AGENT_UNAVAILABLE("Agent unavailable", true, 100),
    OVERLAPPING_SHIFTS("Overlapping shifts", true, 1),
    MINIMUM_REST("Minimum rest between shifts", true, 1),
    FORBIDDEN_SUCCESSION("Forbidden shift succession", true, 100),
    TOO_MANY_PAID_HOURS("Too many paid hours", true, 1),
    TOO_FEW_PAID_HOURS("Too few paid hours", true, 1),
    TOO_MANY_WORKING_DAYS("Too many working days", true, 100),
    TOO_MANY_CONSECUTIVE_DAYS("Too many consecutive working days", true, 100),
    TOO_FEW_CONSECUTIVE_DAYS("Too few consecutive working days", true, 100),
    TOO_FEW_CONSECUTIVE_DAYS_OFF("Too few consecutive days off", true, 100),
    TOO_MANY_WEEKENDS("Too many weekends worked", true, 100),
    OVERLAPPING_BREAKS("Overlapping breaks", true, 10),
    UNDER_STAFFING("Under-staffing", false, 100),
    OVER_STAFFING("Over-staffing", false, 5),
    INCONSISTENT_SHIFT_STARTS("Inconsistent shift starts", false, 2),
    DAY_OFF_REQUEST_DENIED("Day-off request denied", false, 300),
    START_OUTSIDE_PREFERRED_TIMES("Start outside preferred times", false, 10),
    UNFAIR_WEEKENDS("Unfair weekends", false, 1),
    UNFAIR_UNPOPULAR_SHIFTS("Unfair unpopular shifts", false, 1),
    PAID_HOURS("Paid hours", false, 1),
    SCHEDULE_CHANGES("Schedule changes", false, 200);

    private final String id;
    private final boolean hard;
    private final long defaultWeight;

    RosterWeights(String id, boolean hard, long defaultWeight) {
        this.id = id;
        this.hard = hard;
        this.defaultWeight = defaultWeight;
    }

    public String id() {
        return id;
    }

    public boolean hard() {
        return hard;
    }

    public HardSoftScore weight() {
        return of(defaultWeight);
    }

    HardSoftScore of(long w) {
        return hard ? HardSoftScore.ofHard(w) : HardSoftScore.ofSoft(w);
    }

    public static Optional<RosterWeights> byId(String id) {
        return Arrays.stream(values()).filter(w -> w.id.equals(id)).findFirst();
    }

    /** Weight overrides from a rule-name → number map; unknown names are an error naming the known ones. */
    public static ConstraintWeightOverrides<HardSoftScore> overrides(Map<String, Long> weights) {
        Map<String, HardSoftScore> map = new HashMap<>();
        for (var e : weights.entrySet()) {
            RosterWeights w = byId(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "weights: unknown rule '" + e.getKey() + "'; known rules: "
                            + String.join(", ", Arrays.stream(values()).map(RosterWeights::id).toList())));
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("weights: '" + e.getKey() + "' must not be negative");
            }
            map.put(w.id, w.of(e.getValue()));
        }
        return ConstraintWeightOverrides.of(map);
    }

    /** The weight in force: the override if one is given, else the default. */
    public HardSoftScore effective(ConstraintWeightOverrides<HardSoftScore> overrides) {
        if (overrides != null) {
            HardSoftScore o = overrides.getConstraintWeight(id);
            if (o != null) {
                return o;
            }
        }
        return weight();
    }
}
