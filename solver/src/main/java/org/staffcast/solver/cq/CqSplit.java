package org.staffcast.solver.cq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a long horizon into parts of whole weeks that are searched independently, one per core, and puts the
 * parts back together. Timefold's community edition has no multi-threaded solving, and a portfolio of two searches
 * on Instance23 (364 days) ends where one search does (24,000 either way at 60 s): the search is still converging,
 * so the second core is worth more on half of the problem than on a second copy of all of it.
 *
 * <p>A part is an instance of its own: its days renumbered from 0 (parts start on a Monday, so weekends stay
 * weekends), its covers, requests and fixed days off, and each employee's horizon-wide budgets (total minutes,
 * weekends, per-type maxima) cut to what the part uses now plus its share of the slack in each direction. Whatever
 * every part does within its budgets, the whole roster keeps the employee's budgets. Runs that cross a seam are
 * exempt in each part (they touch its edge), so the seams are mended afterwards by {@link #mendSeams}.
 */
final class CqSplit {

    private CqSplit() {
    }

    /** The first day of each part: {@code parts} runs of whole weeks, as even as the weeks allow. */
    static int[] starts(CqInstance in, int parts) {
        int weeks = (in.horizon() + 6) / 7;
        if (parts < 1 || parts > weeks) {
            throw new IllegalArgumentException(parts + " parts of " + weeks + " weeks");
        }
        int[] starts = new int[parts];
        for (int p = 0; p < parts; p++) {
            starts[p] = 7 * (int) ((long) weeks * p / parts);
        }
        return starts;
    }

    /**
     * Days {@code from..to-1} of {@code in} as an instance of their own, every employee's budgets cut to what
     * {@code base} uses inside the part plus {@code 1/parts} of the slack (or of the excess, for minimum minutes).
     */
    static CqInstance part(CqInstance in, CqRoster base, int from, int to, int parts) {
        int h = in.horizon();
        if (from < 0 || to > h || from >= to || from % 7 != 0) {
            throw new IllegalArgumentException("part [" + from + ", " + to + ") of " + h + " days");
        }
        int types = in.shiftTypes().size();
        List<CqEmployee> employees = new ArrayList<>();
        for (CqEmployee e : in.employees()) {
            int minutesIn = 0;
            int minutesAll = 0;
            int[] countIn = new int[types];
            int[] countAll = new int[types];
            for (int d = 0; d < h; d++) {
                int s = base.shift(e.index(), d);
                if (s != CqRoster.OFF) {
                    int m = in.shiftTypes().get(s).minutes();
                    minutesAll += m;
                    countAll[s]++;
                    if (d >= from && d < to) {
                        minutesIn += m;
                        countIn[s]++;
                    }
                }
            }
            int weekendsIn = 0;
            int weekendsAll = 0;
            for (int sat = 5; sat < h; sat += 7) {
                if (base.shift(e.index(), sat) != CqRoster.OFF
                        || sat + 1 < h && base.shift(e.index(), sat + 1) != CqRoster.OFF) {
                    weekendsAll++;
                    weekendsIn += sat >= from && sat < to ? 1 : 0;
                }
            }
            int[] maxShifts = new int[types];
            for (int t = 0; t < types; t++) {
                maxShifts[t] = e.maxShifts(t) <= 0 ? 0
                        : Math.max(0, countIn[t] + Math.floorDiv(e.maxShifts(t) - countAll[t], parts));
            }
            int maxMinutes = Math.max(0, minutesIn + Math.floorDiv(e.maxTotalMinutes() - minutesAll, parts));
            int minMinutes = Math.max(0, minutesIn - Math.floorDiv(minutesAll - e.minTotalMinutes(), parts));
            int maxWeekends = Math.max(0, weekendsIn + Math.floorDiv(e.maxWeekends() - weekendsAll, parts));
            Set<Integer> daysOff = new HashSet<>();
            for (int d : e.daysOff()) {
                if (d >= from && d < to) {
                    daysOff.add(d - from);
                }
            }
            employees.add(new CqEmployee(e.index(), e.id(), maxShifts, maxMinutes, Math.min(minMinutes, maxMinutes),
                    e.maxConsecutiveShifts(), e.minConsecutiveShifts(), e.minConsecutiveDaysOff(), maxWeekends,
                    daysOff));
        }
        return new CqInstance(in.name() + "[" + from + "," + to + ")", to - from, in.shiftTypes(), employees,
                in.onRequests().stream().filter(r -> r.day() >= from && r.day() < to)
                        .map(r -> new CqRequest(r.employee(), r.day() - from, r.shiftType(), r.weight())).toList(),
                in.offRequests().stream().filter(r -> r.day() >= from && r.day() < to)
                        .map(r -> new CqRequest(r.employee(), r.day() - from, r.shiftType(), r.weight())).toList(),
                in.covers().stream().filter(c -> c.day() >= from && c.day() < to)
                        .map(c -> new CqCover(c.day() - from, c.shiftType(), c.requirement(), c.weightUnder(),
                                c.weightOver())).toList());
    }

    /** Days {@code from..to-1} of {@code roster}, renumbered from 0. */
    static CqRoster slice(CqRoster roster, int from, int to) {
        int[][] rows = roster.toArray();
        int[][] out = new int[rows.length][];
        for (int e = 0; e < rows.length; e++) {
            out[e] = java.util.Arrays.copyOfRange(rows[e], from, to);
        }
        return new CqRoster(out);
    }

    /** {@code whole} with {@code part}'s days written from day {@code from}. */
    static CqRoster paste(CqRoster whole, CqRoster part, int from) {
        int[][] rows = whole.toArray();
        for (int e = 0; e < rows.length; e++) {
            for (int d = 0; d < part.days(); d++) {
                rows[e][from + d] = part.shift(e, d);
            }
        }
        return new CqRoster(rows);
    }

    /**
     * Gives every employee whose row breaks a hard rule the cheapest feasible row over the two weeks around each
     * seam (the week before and the week after), given everybody else; rows with no feasible fix are kept.
     */
    static CqRoster mendSeams(CqInstance in, CqRoster roster, int[] starts) {
        int h = in.horizon();
        int types = in.shiftTypes().size();
        int[][] rows = roster.toArray();
        int[][] count = new int[h][types];
        for (int[] row : rows) {
            CqRowOptimizer.count(row, 0, h, count, 1);
        }
        CqRowPenalty penalty = new CqRowPenalty(in);
        CqRowOptimizer optimizer = new CqRowOptimizer(in);
        int[][][] requestCost = CqRequestCosts.table(in);
        CqCover[][] cover = in.coverTable();
        int[][] dayCost = new int[14][types + 1];
        for (int p = 1; p < starts.length; p++) {
            int from = Math.max(0, starts[p] - 7);
            int to = Math.min(h, starts[p] + 7);
            for (CqEmployee e : in.employees()) {
                int[] row = rows[e.index()];
                if (penalty.of(e, row) == 0) {
                    continue;
                }
                CqRowOptimizer.count(row, from, to, count, -1);
                optimizer.respond(e, row, from, to, count, requestCost, cover, dayCost, null);
            }
        }
        return new CqRoster(rows);
    }
}
