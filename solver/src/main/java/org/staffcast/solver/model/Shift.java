package org.staffcast.solver.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A concrete shift on day {@code day} of the horizon: it starts {@code startMinute} elapsed minutes after the horizon
 * start (UTC, so DST days are counted right) and lasts {@code lengthMinutes}. {@code localStartMinute} is the
 * wall-clock start (minutes after local midnight). Its breaks follow the template's applicable rules, placed by a
 * {@link BreakPlan}. Shifts are values of {@link AgentDay#getShift()}; agents with the same templates share them.
 */
public final class Shift {

    private final String id;
    private final int day;
    private final int startMinute;
    private final int lengthMinutes;
    private final int localStartMinute;
    private final Template template;
    private final int gridMinutes;
    private final BreakRule[] rules;
    private final int[] earliest;
    private final int[] positions;
    private final int paidMinutes;

    public Shift(String id, int day, int startMinute, int lengthMinutes, int localStartMinute, Template template,
                 int gridMinutes) {
        if (startMinute % gridMinutes != 0 || lengthMinutes % gridMinutes != 0 || lengthMinutes <= 0) {
            throw new IllegalArgumentException("shift " + id + " is not aligned to the " + gridMinutes + "-minute grid");
        }
        this.id = id;
        this.day = day;
        this.startMinute = startMinute;
        this.lengthMinutes = lengthMinutes;
        this.localStartMinute = localStartMinute;
        this.template = template;
        this.gridMinutes = gridMinutes;
        List<BreakRule> applicable = template.breakRules().stream().filter(r -> r.appliesTo(lengthMinutes)).toList();
        this.rules = applicable.toArray(BreakRule[]::new);
        this.earliest = new int[rules.length];
        this.positions = new int[rules.length];
        int unpaid = 0;
        for (int i = 0; i < rules.length; i++) {
            earliest[i] = rules[i].earliestOffset(lengthMinutes, gridMinutes);
            positions[i] = rules[i].positions(lengthMinutes, gridMinutes);
            if (positions[i] < 1) {
                throw new IllegalArgumentException("the " + rules[i].minutes() + "-minute " + rules[i].kind()
                        + " of template " + template.id() + " does not fit its window in a " + lengthMinutes
                        + "-minute shift");
            }
            if (!rules[i].paid()) {
                unpaid += rules[i].minutes();
            }
        }
        this.paidMinutes = lengthMinutes - unpaid;
    }

    public String id() { return id; }
    public int day() { return day; }
    public int startMinute() { return startMinute; }
    public int lengthMinutes() { return lengthMinutes; }
    public int endMinute() { return startMinute + lengthMinutes; }
    public int localStartMinute() { return localStartMinute; }
    public Template template() { return template; }
    public int paidMinutes() { return paidMinutes; }
    public int breakCount() { return rules.length; }
    public BreakRule breakRule(int i) { return rules[i]; }

    /**
     * Break starts in elapsed minutes from the horizon start, under {@code plan}: break {@code i} at its plan position,
     * but not before the previous break ends (rules are listed in shift order), and never past its window's end.
     */
    public int[] breakStarts(BreakPlan plan) {
        int[] out = new int[rules.length];
        int previousEnd = Integer.MIN_VALUE;
        for (int i = 0; i < rules.length; i++) {
            int lo = startMinute + earliest[i];
            int hi = lo + (positions[i] - 1) * gridMinutes;
            int b = lo + plan.position(i, positions[i]) * gridMinutes;
            if (b < previousEnd) {
                b = Math.min(previousEnd, hi);
            }
            out[i] = b;
            previousEnd = b + rules[i].minutes();
        }
        return out;
    }

    /** Earliest and latest allowed start of break {@code i}, elapsed minutes (for checks and output). */
    public int[] breakWindow(int i) {
        return new int[] {startMinute + earliest[i], startMinute + earliest[i] + (positions[i] - 1) * gridMinutes};
    }

    /** True when two breaks of this shift overlap under {@code plan}. */
    public boolean breaksOverlap(BreakPlan plan) {
        int[] starts = breakStarts(plan);
        for (int i = 0; i < rules.length; i++) {
            int si = starts[i];
            for (int j = i + 1; j < rules.length; j++) {
                int sj = starts[j];
                if (si < sj + rules[j].minutes() && sj < si + rules[i].minutes()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The grid intervals (global index from the horizon start) in which the agent is on shift and not on a break,
     * limited to {@code [0, intervalCount)}.
     */
    public int[] workedIntervals(BreakPlan plan, int intervalCount) {
        int first = startMinute / gridMinutes;
        int n = lengthMinutes / gridMinutes;
        boolean[] off = new boolean[n];
        int[] starts = breakStarts(plan);
        for (int i = 0; i < rules.length; i++) {
            int b = (starts[i] - startMinute) / gridMinutes;
            for (int k = 0; k < rules[i].minutes() / gridMinutes; k++) {
                off[b + k] = true;
            }
        }
        int[] out = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int t = first + k;
            if (!off[k] && t >= 0 && t < intervalCount) {
                out[m++] = t;
            }
        }
        return m == n ? out : java.util.Arrays.copyOf(out, m);
    }

    /** Same start and length (used to compare with pinned and published shifts). */
    public boolean sameTimeAs(Shift other) {
        return other != null && other.startMinute == startMinute && other.lengthMinutes == lengthMinutes;
    }

    /** Breaks as [start, minutes, kindOrdinal] triples for output. */
    public List<int[]> breaks(BreakPlan plan) {
        List<int[]> out = new ArrayList<>();
        int[] starts = breakStarts(plan);
        for (int i = 0; i < rules.length; i++) {
            out.add(new int[] {starts[i], rules[i].minutes(), rules[i].kind().ordinal()});
        }
        return out;
    }

    @Override
    public String toString() {
        return id;
    }
}
