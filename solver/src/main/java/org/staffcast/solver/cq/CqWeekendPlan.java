package org.staffcast.solver.cq;

/**
 * Which weekends each employee works, chosen before any row is built, for instances whose weekend budget is about
 * exactly what the weekends' cover needs ({@link CqWindows#weekendNeed} near 1: Instances 23 and 24).
 *
 * <p>Why: each weekend {@code k} needs {@code max(Saturday's, Sunday's requirement)} employees working it, and on
 * Instance24 the contracts allow 3426 weekends against 3448 needed. A weekend worked on one day only wastes half of
 * one, and a roster built day by day (greedy, then moves inside a week) ends with hundreds of them: 580 at 60 s,
 * with 487 of the 544 units short on weekends. Deciding the weekends first turns that budget into a transportation
 * problem: employee {@code e} supplies up to {@code min(MaxWeekends, weekends with neither day fixed off)}
 * weekends, weekend {@code k} asks for its need. The plan fills it by water-filling: employee by employee, most
 * constrained first, each takes its weekends one at a time where the need still unmet is largest, ties going to
 * the weekend furthest from those it already has (alternate weekends leave the weekdays between them free for the
 * run rules). Every weekend planned is worked on both days; the weekdays are left to the row builder.
 */
final class CqWeekendPlan {

    private CqWeekendPlan() {
    }

    /**
     * @return {@code plan[e][k]}: whether employee {@code e} works weekend {@code k} (Saturday {@code 7k + 5});
     *         at most its maximum of weekends, never on a weekend with a fixed day off, and only weekends whose
     *         Saturday is inside the horizon
     */
    static boolean[][] plan(CqInstance in) {
        int h = in.horizon();
        int weekends = (h + 1) / 7;
        int[] need = new int[weekends];
        int[] demand = new int[h];
        for (CqCover c : in.covers()) {
            demand[c.day()] += c.requirement();
        }
        for (int k = 0; k < weekends; k++) {
            int sat = 7 * k + 5;
            need[k] = Math.min(Math.max(demand[sat], sat + 1 < h ? demand[sat + 1] : 0),
                    useful(in, k, demand));
        }
        int n = in.employees().size();
        boolean[][] plan = new boolean[n][weekends];
        boolean[][] open = new boolean[n][weekends];
        int[] supply = new int[n];
        Integer[] order = new Integer[n];
        for (CqEmployee e : in.employees()) {
            int i = e.index();
            order[i] = i;
            int available = 0;
            for (int k = 0; k < weekends; k++) {
                int sat = 7 * k + 5;
                open[i][k] = !e.isDayOff(sat) && !(sat + 1 < h && e.isDayOff(sat + 1)) && worksAny(e);
                available += open[i][k] ? 1 : 0;
            }
            supply[i] = Math.min(available, e.maxWeekends());
        }
        // the fewest open weekends first: the others can go around them
        java.util.Arrays.sort(order, (a, b) -> {
            int spareA = count(open[a]) - supply[a];
            int spareB = count(open[b]) - supply[b];
            return spareA != spareB ? Integer.compare(spareA, spareB) : Integer.compare(a, b);
        });
        int[] unmet = need.clone();
        for (int i : order) {
            for (int taken = 0; taken < supply[i]; taken++) {
                int best = -1;
                long bestKey = Long.MIN_VALUE;
                for (int k = 0; k < weekends; k++) {
                    if (open[i][k] && !plan[i][k]) {
                        long key = (long) unmet[k] * 1024 + Math.min(1023, distance(plan[i], k));
                        if (key > bestKey) {
                            bestKey = key;
                            best = k;
                        }
                    }
                }
                if (best < 0) {
                    break;
                }
                plan[i][best] = true;
                unmet[best]--;
            }
        }
        return plan;
    }

    /**
     * How many employees working weekend {@code k} the week can use: {@code (capacity - weekday demand) / 2}, where
     * the capacity is the days the employees can work in the week ({@link #daysInWeek}). Past that, each employee
     * on the weekend works two weekdays fewer, so the week's cover is no better and a weekend of the budget is
     * spent for nothing. Instance24's last week needs 189 on Sunday and 636 on its weekdays against about 790
     * days: about 80 weekends there are worth having, and the plan by need alone put 145 there.
     */
    static int useful(CqInstance in, int k, int[] demand) {
        int weekday = 0;
        for (int d = 7 * k; d < 7 * k + 5 && d < in.horizon(); d++) {
            weekday += demand[d];
        }
        int capacity = 0;
        for (CqEmployee e : in.employees()) {
            capacity += daysInWeek(e, k, in.horizon());
        }
        return Math.max(0, (capacity - weekday) / 2);
    }

    /**
     * The most days the employee can work in week {@code k}: runs of at most MaxConsecutiveShifts separated by at
     * least MinConsecutiveDaysOff, within the days not fixed off (the weeks around are not looked at).
     */
    static int daysInWeek(CqEmployee e, int k, int horizon) {
        if (e.maxTotalMinutes() <= 0 || e.maxConsecutiveShifts() <= 0) {
            return 0;
        }
        int cycle = e.maxConsecutiveShifts() + Math.max(1, e.minConsecutiveDaysOff());
        int byRuns = e.maxConsecutiveShifts() * (7 / cycle) + Math.min(e.maxConsecutiveShifts(), 7 % cycle);
        int free = 0;
        for (int d = 7 * k; d < 7 * k + 7 && d < horizon; d++) {
            free += e.isDayOff(d) ? 0 : 1;
        }
        return Math.min(byRuns, free);
    }

    /** Weekends from {@code k} to the nearest planned one (the horizon's weekends + 1 when none is). */
    private static int distance(boolean[] planned, int k) {
        for (int r = 1; r < planned.length; r++) {
            if (k - r >= 0 && planned[k - r] || k + r < planned.length && planned[k + r]) {
                return r;
            }
        }
        return planned.length + 1;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    /** Whether the contract lets the employee work a whole weekend at all. */
    private static boolean worksAny(CqEmployee e) {
        return e.maxTotalMinutes() > 0 && e.maxConsecutiveShifts() >= 2;
    }
}
