package org.staffcast.solver.cq;

import java.util.List;

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
            for (int d = 0; d < h; d++) {
                int prev = d == 0 ? CqRoster.OFF : row[d - 1];
                boolean mustWork = workRun > 0 && workRun < e.minConsecutiveShifts() && !runFromStart;
                boolean mustRest = offRun > 0 && offRun < e.minConsecutiveDaysOff() && !runFromStart;
                boolean weekendOk = !CqInstance.isWeekend(d) || weekendWorked[d / 7] || weekends < e.maxWeekends();
                boolean newRunFits = workRun > 0 || fitsRun(e, d, h);
                int bestType = CqRoster.OFF;
                int bestGain = Integer.MIN_VALUE;
                if (!e.isDayOff(d) && !mustRest && workRun < e.maxConsecutiveShifts() && weekendOk && newRunFits) {
                    for (CqShiftType t : types) {
                        int s = t.index();
                        if (used[s] >= e.maxShifts(s) || minutes + t.minutes() > e.maxTotalMinutes()
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
                boolean behind = minutes + daysLeft * workShare * meanMinutes < e.minTotalMinutes() + meanMinutes;
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
        return new CqRoster(table);
    }

    private static final int REPAIR_PASSES = 10;

    /**
     * Hill-climbs each employee whose row breaks a hard rule, one day at a time: the change (another shift type or
     * off) that lowers the employee's hard penalty most ({@link CqEvaluator#employeePenalty}), ties broken by the
     * cover and request cost, until no single-day change helps or after {@value #REPAIR_PASSES} passes.
     */
    private static void repair(CqInstance in, int[][] table, int[][] count, int[][][] onWeight, int[][][] offWeight,
            CqCover[][] cover) {
        int h = in.horizon();
        for (CqEmployee e : in.employees()) {
            int[] row = table[e.index()];
            int penalty = CqEvaluator.employeePenalty(in, e, row);
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
                        int p = CqEvaluator.employeePenalty(in, e, row);
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

    /** Whether a run of at least the minimum length can start on {@code day} without hitting a fixed day off. */
    private static boolean fitsRun(CqEmployee e, int day, int h) {
        for (int d = day; d < Math.min(h, day + e.minConsecutiveShifts()); d++) {
            if (e.isDayOff(d)) {
                return false;
            }
        }
        return true;
    }
}
