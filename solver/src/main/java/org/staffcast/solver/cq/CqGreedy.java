package org.staffcast.solver.cq;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A fast greedy starting roster, built employee by employee and day by day. Each day it keeps the day-level rules
 * that can be checked locally (fixed days off, forbidden successions, max shifts per type, max total minutes, max
 * consecutive shifts, max weekends, and it finishes runs shorter than the minimum run or minimum days off), then
 * works the shift with the largest cover and request gain, or stays off when nothing gains and the employee is on
 * pace for the minimum total minutes. Local search then repairs what is left; the point is to start close to
 * feasible on instances where an all-off start is thousands of hard units away.
 */
public final class CqGreedy {

    private CqGreedy() {
    }

    public static CqRoster build(CqInstance in) {
        return build(in, null);
    }

    /**
     * @param weekendPlan {@code weekendPlan[e][k]}: whether employee {@code e} works weekend {@code k}, both days
     *                    ({@link CqWeekendPlan}); the others' weekends are kept off like fixed days off, and the
     *                    weekdays before a planned weekend keep the run rules reachable. {@code null}: weekends are
     *                    worked like any day, while the contract allows.
     */
    static CqRoster build(CqInstance in, boolean[][] weekendPlan) {
        int h = in.horizon();
        List<CqShiftType> types = in.shiftTypes();
        CqCover[][] cover = in.coverTable();
        int[][] count = new int[h][types.size()];
        int[][][] onWeight = new int[in.employees().size()][h][types.size()];
        int[][][] offWeight = new int[in.employees().size()][h][types.size()];
        in.onRequests().forEach(r -> onWeight[r.employee()][r.day()][r.shiftType()] += r.weight());
        in.offRequests().forEach(r -> offWeight[r.employee()][r.day()][r.shiftType()] += r.weight());
        int[][] table = CqRoster.allOff(in).toArray();
        int meanMinutes = (int) types.stream().mapToInt(CqShiftType::minutes).average().orElse(480);
        for (CqEmployee e : in.employees()) {
            int[] row = table[e.index()];
            int[] used = new int[types.size()];
            int minutes = 0;
            int workRun = 0;
            int offRun = 0;
            boolean runFromStart = true;
            boolean[] weekendWorked = new boolean[h / 7 + 1];
            int weekends = 0;
            double workShare = (double) e.maxConsecutiveShifts()
                    / Math.max(1, e.maxConsecutiveShifts() + e.minConsecutiveDaysOff());
            boolean[] planned = weekendPlan == null ? null : weekendPlan[e.index()];
            // minutes kept for the planned weekend days still ahead, at the shortest shift the contract allows
            int shortest = types.stream().filter(t -> e.maxShifts(t.index()) > 0).mapToInt(CqShiftType::minutes)
                    .min().orElse(0);
            int[] plannedAfter = new int[h + 1];
            for (int d = h - 1; d >= 0; d--) {
                plannedAfter[d] = plannedAfter[d + 1] + (CqInstance.isWeekend(d) && plannedWeek(planned, d) ? 1 : 0);
            }
            for (int d = 0; d < h; d++) {
                int prev = d == 0 ? CqRoster.OFF : row[d - 1];
                boolean mustWork = workRun > 0 && workRun < e.minConsecutiveShifts() && !runFromStart;
                boolean mustRest = offRun > 0 && offRun < e.minConsecutiveDaysOff() && !runFromStart;
                boolean weekendOk = !CqInstance.isWeekend(d) || weekendWorked[d / 7] || weekends < e.maxWeekends();
                boolean newRunFits = workRun > 0 || fitsRun(e, d, h, planned);
                boolean workFits = true;
                int sat = 7 * (d / 7) + 5;
                if (plannedWeek(planned, d)) {
                    if (d >= sat) {
                        mustWork = true;
                    } else {
                        // the weekday run must either reach through Sunday or stop in time to rest before Saturday
                        int throughSunday = workRun + sat + 2 - d;
                        int stillToWork = Math.max(0, e.minConsecutiveShifts() - workRun - 1);
                        workFits = throughSunday <= e.maxConsecutiveShifts()
                                || sat - d - 1 - stillToWork >= e.minConsecutiveDaysOff();
                        boolean restFits = workRun == 0 || sat - d >= e.minConsecutiveDaysOff();
                        mustWork |= !restFits && workFits;
                    }
                }
                int bestType = CqRoster.OFF;
                int bestGain = Integer.MIN_VALUE;
                if (!blocked(e, d, planned) && !mustRest && workRun < e.maxConsecutiveShifts() && weekendOk
                        && newRunFits && workFits) {
                    int reserve = plannedAfter[d + 1] * shortest;
                    for (CqShiftType t : types) {
                        int s = t.index();
                        if (used[s] >= e.maxShifts(s) || minutes + t.minutes() + reserve > e.maxTotalMinutes()
                                || (prev != CqRoster.OFF && types.get(prev).forbidsNext(t))) {
                            continue;
                        }
                        CqCover c = cover[d][s];
                        int gain = c == null ? 0 : c.cost(count[d][s]) - c.cost(count[d][s] + 1);
                        gain += onWeight[e.index()][d][s] - offWeight[e.index()][d][s];
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestType = s;
                        }
                    }
                }
                int daysLeft = h - d;
                boolean behind = minutes + daysLeft * workShare * meanMinutes < e.minTotalMinutes() + meanMinutes
                        || planned != null && minutes + meanMinutes < (long) e.minTotalMinutes() * (d + 1) / h;
                boolean work = bestType != CqRoster.OFF && (mustWork || bestGain > 0 || behind);
                if (work) {
                    row[d] = bestType;
                    used[bestType]++;
                    count[d][bestType]++;
                    minutes += types.get(bestType).minutes();
                    if (offRun > 0) {
                        runFromStart = false;
                    }
                    workRun++;
                    offRun = 0;
                    if (CqInstance.isWeekend(d) && !weekendWorked[d / 7]) {
                        weekendWorked[d / 7] = true;
                        weekends++;
                    }
                } else {
                    if (workRun > 0) {
                        runFromStart = false;
                    }
                    offRun++;
                    workRun = 0;
                }
            }
        }
        repair(in, table, count, onWeight, offWeight, cover);
        searchRows(in, table, count, onWeight, offWeight, cover);
        return new CqRoster(table);
    }

    private static final int REPAIR_PASSES = 10;

    /**
     * Hill-climbs each employee whose row breaks a hard rule, one day at a time: the change (another shift type or
     * off) that lowers the employee's hard penalty most ({@link CqRowPenalty}, the evaluator's sum without its
     * messages: Instance24's greedy took 4.5 s, most of it formatting violation text), ties broken by the
     * cover and request cost, until no single-day change helps or after {@value #REPAIR_PASSES} passes.
     */
    private static void repair(CqInstance in, int[][] table, int[][] count, int[][][] onWeight, int[][][] offWeight,
            CqCover[][] cover) {
        int h = in.horizon();
        CqRowPenalty rowPenalty = new CqRowPenalty(in);
        for (CqEmployee e : in.employees()) {
            int[] row = table[e.index()];
            int penalty = rowPenalty.of(e, row);
            for (int pass = 0; pass < REPAIR_PASSES && penalty > 0; pass++) {
                boolean improved = false;
                for (int d = 0; d < h && penalty > 0; d++) {
                    if (e.isDayOff(d)) {
                        continue;
                    }
                    int old = row[d];
                    int bestValue = old;
                    int bestPenalty = penalty;
                    int bestSoft = 0;
                    for (int v = CqRoster.OFF; v < in.shiftTypes().size(); v++) {
                        if (v == old || (v != CqRoster.OFF && e.maxShifts(v) == 0)) {
                            continue;
                        }
                        row[d] = v;
                        int p = rowPenalty.of(e, row);
                        row[d] = old;
                        if (p > bestPenalty) {
                            continue;
                        }
                        int soft = softDelta(e.index(), d, old, v, count, onWeight, offWeight, cover);
                        if (p < bestPenalty || soft < bestSoft) {
                            bestPenalty = p;
                            bestSoft = soft;
                            bestValue = v;
                        }
                    }
                    if (bestPenalty < penalty) {
                        if (old != CqRoster.OFF) {
                            count[d][old]--;
                        }
                        if (bestValue != CqRoster.OFF) {
                            count[d][bestValue]++;
                        }
                        row[d] = bestValue;
                        penalty = bestPenalty;
                        improved = true;
                    }
                }
                if (!improved) {
                    break;
                }
            }
        }
    }

    /** Row-search steps per employee still breaking a hard rule after {@link #repair}. */
    private static final int ROW_SEARCH_STEPS = 200_000;

    /** Steps without a new best row after which ties are accepted with probability 1/2 instead of 1/8. */
    private static final int STALL_STEPS = 20_000;

    /**
     * Makes the remaining infeasible rows feasible by a randomised local search on the row alone (the hard rules
     * are all per employee, so every row can be repaired on its own): a step sets a block of 1 to
     * max(MaxConsecutiveShifts, MinConsecutiveDaysOff) + 1 days to one shift type or off (fixed days off stay
     * off); it is kept when the employee's hard penalty does not grow (ties only when the cover and request cost
     * does not grow either, or with probability 1/8, 1/2 after {@value #STALL_STEPS} steps without progress), and with probability 1/50 when it grows by at most one
     * day-level unit, to leave local minima. The best row seen is kept. Seeded, so the start is reproducible.
     */
    private static void searchRows(CqInstance in, int[][] table, int[][] count, int[][][] onWeight,
            int[][][] offWeight, CqCover[][] cover) {
        int h = in.horizon();
        int types = in.shiftTypes().size();
        CqRowPenalty rowPenalty = new CqRowPenalty(in);
        for (CqEmployee e : in.employees()) {
            int[] row = table[e.index()];
            int penalty = rowPenalty.of(e, row);
            if (penalty == 0) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(31L * e.index() + 17);
            int[] values = java.util.stream.IntStream.rangeClosed(CqRoster.OFF, types - 1)
                    .filter(v -> v == CqRoster.OFF || e.maxShifts(v) > 0).toArray();
            int maxLength = Math.min(h, Math.max(e.maxConsecutiveShifts(), e.minConsecutiveDaysOff()) + 1);
            int[] old = new int[maxLength];
            int[] best = row.clone();
            int bestPenalty = penalty;
            int lastImprovement = 0;
            for (int step = 0; step < ROW_SEARCH_STEPS && bestPenalty > 0; step++) {
                int length = 1 + random.nextInt(maxLength);
                int start = random.nextInt(h - length + 1);
                int v = values[random.nextInt(values.length)];
                int soft = 0;
                boolean changed = false;
                for (int i = 0; i < length; i++) {
                    int d = start + i;
                    old[i] = row[d];
                    int to = e.isDayOff(d) ? CqRoster.OFF : v;
                    if (to != row[d]) {
                        soft += apply(e.index(), d, row, to, count, onWeight, offWeight, cover);
                        changed = true;
                    }
                }
                if (!changed) {
                    continue;
                }
                int p = rowPenalty.of(e, row);
                boolean accept = p < penalty
                        || (p == penalty && (soft <= 0 || random.nextInt(step - lastImprovement > STALL_STEPS ? 2 : 8) == 0))
                        || (p <= penalty + CqPenalties.DAY && random.nextInt(50) == 0);
                if (accept) {
                    penalty = p;
                    if (p < bestPenalty) {
                        bestPenalty = p;
                        lastImprovement = step;
                        System.arraycopy(row, 0, best, 0, h);
                    }
                } else {
                    for (int i = 0; i < length; i++) {
                        int d = start + i;
                        if (row[d] != old[i]) {
                            apply(e.index(), d, row, old[i], count, onWeight, offWeight, cover);
                        }
                    }
                }
            }
            for (int d = 0; d < h; d++) {
                if (row[d] != best[d]) {
                    apply(e.index(), d, row, best[d], count, onWeight, offWeight, cover);
                }
            }
        }
    }

    /** Sets {@code row[d] = to}, keeps the cover counts, and returns the change of cover and request cost. */
    private static int apply(int e, int d, int[] row, int to, int[][] count, int[][][] onWeight,
            int[][][] offWeight, CqCover[][] cover) {
        int from = row[d];
        int delta = softDelta(e, d, from, to, count, onWeight, offWeight, cover);
        if (from != CqRoster.OFF) {
            count[d][from]--;
        }
        if (to != CqRoster.OFF) {
            count[d][to]++;
        }
        row[d] = to;
        return delta;
    }

    /** Change of cover and request cost when employee {@code e} goes from {@code from} to {@code to} on day d. */
    private static int softDelta(int e, int d, int from, int to, int[][] count, int[][][] onWeight,
            int[][][] offWeight, CqCover[][] cover) {
        int delta = 0;
        if (from != CqRoster.OFF) {
            CqCover c = cover[d][from];
            if (c != null) {
                delta += c.cost(count[d][from] - 1) - c.cost(count[d][from]);
            }
            delta += onWeight[e][d][from] - offWeight[e][d][from];
        }
        if (to != CqRoster.OFF) {
            CqCover c = cover[d][to];
            if (c != null) {
                delta += c.cost(count[d][to] + 1) - c.cost(count[d][to]);
            }
            delta -= onWeight[e][d][to] - offWeight[e][d][to];
        }
        return delta;
    }

    /** A fixed day off, or a day of a weekend the plan leaves off. */
    private static boolean blocked(CqEmployee e, int d, boolean[] planned) {
        return e.isDayOff(d) || planned != null && CqInstance.isWeekend(d) && !plannedWeek(planned, d);
    }

    /** Whether the plan works the weekend of {@code d}'s week (false without a plan or past its weekends). */
    private static boolean plannedWeek(boolean[] planned, int d) {
        return planned != null && d / 7 < planned.length && planned[d / 7];
    }

    /** Whether a run of at least the minimum length can start on {@code day} without hitting a fixed day off. */
    private static boolean fitsRun(CqEmployee e, int day, int h, boolean[] planned) {
        for (int d = day; d < Math.min(h, day + e.minConsecutiveShifts()); d++) {
            if (blocked(e, d, planned)) {
                return false;
            }
        }
        return true;
    }
}
