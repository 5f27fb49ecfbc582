package org.staffcast.solver.model;

import java.util.List;

/** A shift template as the solver sees it: id, break rules, and whether its shifts are unpopular (late, night). */
public record Template(String id, List<BreakRule> breakRules, boolean unpopular) {

    /** At most this many break rules per template; {@link BreakPlan} holds one offset per rule. */
    public static final int MAX_BREAK_RULES = 3;

    public Template {
        breakRules = List.copyOf(breakRules);
        if (breakRules.size() > MAX_BREAK_RULES) {
            throw new IllegalArgumentException("template " + id + " has " + breakRules.size()
                    + " break rules; at most " + MAX_BREAK_RULES + " are supported");
        }
    }
}
