package org.staffcast.solver.cq;

/**
 * Demand for one shift type on one day ({@code SECTION_COVER}): the "interval" of the general roster model is here
 * one shift type on one day. Cost = {@code weightUnder × max(0, requirement − n) + weightOver × max(0, n − requirement)}
 * for {@code n} employees working that shift that day.
 */
public record CqCover(int day, int shiftType, int requirement, int weightUnder, int weightOver) {

    /** The cover cost for {@code assigned} employees on this shift and day. */
    public int cost(int assigned) {
        return assigned < requirement
                ? weightUnder * (requirement - assigned)
                : weightOver * (assigned - requirement);
    }
}
