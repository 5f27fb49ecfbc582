package org.staffcast.solver.cq;

import java.util.List;

/**
 * The independent evaluation of a roster: the benchmark objective (soft cost), the total hard penalty (same units
 * as the Timefold hard score) and every hard violation.
 */
public record CqEvaluation(int objective, int hardPenalty, List<CqViolation> violations) {

    public CqEvaluation {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }
}
