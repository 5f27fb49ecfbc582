package org.staffcast.solver.cq;

import java.util.List;
import java.util.Objects;

/**
 * A shift type of a Curtois &amp; Qu instance ({@code SECTION_SHIFTS}): its ID, length and the shift types that may
 * not be worked on the next day after it. Equality is by {@link #index()}, the position in the file, so the solver
 * can hash shift types cheaply.
 */
public final class CqShiftType {

    private final int index;
    private final String id;
    private final int minutes;
    private final List<String> forbiddenNextIds;
    private boolean[] forbiddenNext = new boolean[0];

    public CqShiftType(int index, String id, int minutes, List<String> forbiddenNextIds) {
        this.index = index;
        this.id = Objects.requireNonNull(id);
        this.minutes = minutes;
        this.forbiddenNextIds = List.copyOf(forbiddenNextIds);
    }

    /** Resolves the forbidden-next IDs to indexes once all shift types are known (called by the instance). */
    void resolve(List<CqShiftType> all) {
        boolean[] forbidden = new boolean[all.size()];
        for (CqShiftType t : all) {
            forbidden[t.index] = forbiddenNextIds.contains(t.id);
        }
        this.forbiddenNext = forbidden;
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public int minutes() {
        return minutes;
    }

    public List<String> forbiddenNextIds() {
        return forbiddenNextIds;
    }

    /** True when {@code next} may not be worked the day after this shift. */
    public boolean forbidsNext(CqShiftType next) {
        return next.index < forbiddenNext.length && forbiddenNext[next.index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CqShiftType other && other.index == index && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return id;
    }
}
