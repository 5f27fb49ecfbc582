package org.staffcast.solver.cq;

/**
 * One broken hard rule of a roster: the constraint name (as in {@link CqConstraintProvider}), the employee, the
 * first day concerned (or -1 for the whole horizon), the penalty it adds to the hard score and a readable message.
 */
public record CqViolation(String constraint, String employee, int day, int penalty, String message) {
}
