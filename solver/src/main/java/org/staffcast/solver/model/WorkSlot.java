package org.staffcast.solver.model;

/** One agent working (on shift, not on break) in grid interval {@code interval}; {@code queueMask} is what they can serve. */
public record WorkSlot(int interval, int queueMask) {

    /** Placeholder that makes every interval appear in the coverage stream even when nobody works it. */
    public static final int NOBODY = -1;
}
