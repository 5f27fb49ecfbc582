package org.staffcast.solver.cq;

import java.util.Arrays;

/**
 * The cheapest hard-feasible row of one employee over a window of days, everything else fixed: a dynamic programme
 * over the days of the window whose state is (last value, length of the current run, whether that run touches day
 * 0, weekends worked, minutes worked). It is the pricing problem of the column-generation approaches to nurse
 * rostering (e.g. Burke &amp; Curtois, "New approaches to nurse rostering benchmark instances", EJOR 2014) solved
 * for a local-search move: given the other employees' shifts, the cost of each day's value is its request cost plus
 * the change of the cover cost, so the soft objective of the whole roster is a sum over the row's days.
 *
 * <p>Per-type maxima: shift counts per type are carried along each state and a transition that would exceed a
 * maximum is refused. In the fast programme they are not part of the state, so when a maximum binds the cheapest
 * row can be missed (the result is still feasible); with a {@code trackedProduct} above 1 the counts of the types
 * whose maximum can bind in the window join the state (the most restrictive first, while the number of count
 * combinations stays within it), which makes the programme exact when they all fit: the pricing problem of the
 * column generation needs that, or its LP is no bound. Windows start on a Monday (or day 0) and end on
 * a Monday or the horizon, so a weekend is never split; the runs crossing the window edges are checked against
 * the fixed days on both sides.
 */
final class CqRowOptimizer {

    /** Day cost at or above this is "not allowed". */
    static final int FORBIDDEN = Integer.MAX_VALUE / 4;
    private static final int OFF = CqRoster.OFF;

    private final CqInstance instance;
    private final int types;
    private final int[] minutes;
    private final boolean[][] forbids;
    /** The first type with the same forbidden successors: states keep only this, so fewer states differ. */
    private final int[] stateType;
    /** Types with the same state type and length: from one state they reach the same next state. */
    private final int[][] groups;
    /** One group per type, when tracked counts make equal-looking types lead to different states. */
    private final int[][] singles;
    private final int trackedProduct;
    private Layer[] layers = new Layer[0];
    /** The last programme's end states that close legally, and its length (see {@link #cheapest}). */
    private int[] closedIndex = new int[0];
    private int closed;
    private int closedDays;
    /** Per type, its place among the counts the layers carry in the current programme, or -1 when not carried. */
    private final int[] trackIndex;
    /** Cost added when a window's row starts to work a weekend (see {@link #weekendPrice(int)}). */
    private int weekendPrice;
    /** Weekends the row may work beyond its contract (see {@link #extraWeekends(int)}). */
    private int extraWeekends;
    /** Minutes the row may work below its minimum and above its maximum (see {@link #minutesSlack}). */
    private int minutesBelow;
    private int minutesAbove;
    /** See {@link #boundCost}. */
    private long costBound = Long.MAX_VALUE;
    /** See {@link #onlyImprove}. */
    private boolean onlyImprove;
    /** See {@link #followPlan}. */
    private boolean[][] weekendPlan;
    private int planPenalty;

    /** The fast programme: per-type counts carried, not in the state. */
    CqRowOptimizer(CqInstance in) {
        this(in, 1);
    }

    /**
     * @param trackedProduct how many times the state space may grow for per-type counts in the state: 1 carries
     *                       them all (fast, may miss the cheapest row when a maximum binds); larger values make the
     *                       programme exact for the most restrictive maxima whose count ranges multiply to at most it
     */
    CqRowOptimizer(CqInstance in, int trackedProduct) {
        if (trackedProduct < 1 || trackedProduct > (1 << (64 - CODE_SHIFT))) {
            throw new IllegalArgumentException("trackedProduct must be in [1, 2^19], got " + trackedProduct);
        }
        this.trackedProduct = trackedProduct;
        instance = in;
        types = in.shiftTypes().size();
        trackIndex = new int[types];
        minutes = new int[types];
        forbids = new boolean[types][types];
        for (CqShiftType a : in.shiftTypes()) {
            minutes[a.index()] = a.minutes();
            for (CqShiftType b : in.shiftTypes()) {
                forbids[a.index()][b.index()] = a.forbidsNext(b);
            }
        }
        stateType = new int[types];
        for (int t = 0; t < types; t++) {
            stateType[t] = t;
            for (int u = 0; u < t; u++) {
                if (Arrays.equals(forbids[u], forbids[t])) {
                    stateType[t] = u;
                    break;
                }
            }
        }
        java.util.Map<Long, java.util.List<Integer>> byKey = new java.util.LinkedHashMap<>();
        for (int t = 0; t < types; t++) {
            byKey.computeIfAbsent(((long) stateType[t] << 32) | minutes[t], x -> new java.util.ArrayList<>()).add(t);
        }
        groups = byKey.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        singles = new int[types][];
        for (int t = 0; t < types; t++) {
            singles[t] = new int[] {t};
        }
    }

    /**
     * Prices each weekend a row works, in day-cost units: the Lagrangian price of the weekend budget, so that a
     * window values weekends it frees for weeks outside it (0, the default, is the plain objective).
     */
    void weekendPrice(int price) {
        if (price < 0) {
            throw new IllegalArgumentException("weekend price must be at least 0, got " + price);
        }
        weekendPrice = price;
    }

    /**
     * Makes the rows follow a weekend plan ({@link CqWeekendPlan}): {@code penalty} is added to each day cost that
     * leaves it, off on a planned weekend day or at work on a weekend day not planned ({@code null}: no plan).
     */
    void followPlan(boolean[][] plan, int penalty) {
        if (penalty < 0) {
            throw new IllegalArgumentException("plan penalty must be at least 0, got " + penalty);
        }
        weekendPlan = plan;
        planPenalty = penalty;
    }

    /**
     * Lets rows work {@code n} weekends beyond their contract's maximum: what a window would gain from a weekend
     * another window gives up ({@link CqWeekendRelocation}). Rows found with it may break the maximum; 0, the
     * default, keeps every hard rule.
     */
    void extraWeekends(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("extra weekends must be at least 0, got " + n);
        }
        extraWeekends = n;
    }

    /**
     * Lets rows work up to {@code below} minutes under the contract's minimum and {@code above} over its maximum:
     * one window of a two-window move may leave minutes for the other ({@link CqWeekendRelocation}). Rows found with
     * it may break the minutes rule; 0 and 0, the default, keep it.
     */
    void minutesSlack(int below, int above) {
        if (below < 0 || above < 0) {
            throw new IllegalArgumentException("minutes slack must be at least 0, got " + below + " and " + above);
        }
        minutesBelow = below;
        minutesAbove = above;
    }

    /**
     * Only rows of the window costing less than {@code bound} are wanted: {@link #optimise} returns null when none
     * does, and drops every partial row that cannot end below it (its cost plus each day's cheapest value ahead),
     * which is most of them once a window is near its best response ({@code Long.MAX_VALUE}, the default: no bound).
     */
    void boundCost(long bound) {
        costBound = bound;
    }

    /**
     * Makes {@link #respond} look only for windows cheaper than the row's own ({@link #boundCost}) and keep the row
     * when there is none: what a best response does anyway, found many times faster (Instance24, one-week windows
     * of a 60 s roster: 0.010 ms a programme against 0.051; two-week ones 0.022 against 0.349). Not for rows that
     * break a rule: their own window is then no bound on a feasible one.
     */
    void onlyImprove(boolean only) {
        onlyImprove = only;
    }

    /**
     * The cheapest feasible values for days {@code from..to-1} of {@code e}'s row.
     *
     * @param row     the employee's whole current row ({@code OFF} or a type index per day); days outside the
     *                window are kept as they are
     * @param dayCost {@code dayCost[d - from][x + 1]}: the cost of value {@code x} ({@code OFF} = −1) on day
     *                {@code d}; {@link #FORBIDDEN} or more excludes it
     * @return the new values of the window's days, or {@code null} when no row keeps every hard rule
     */
    int[] optimise(CqEmployee e, int[] row, int from, int to, int[][] dayCost) {
        int h = row.length;
        closed = 0;
        if (from < 0 || to > h || from >= to || from % 7 == 6 || (to % 7 == 6 && to != h)) {
            throw new IllegalArgumentException("window [" + from + ", " + to + ") of " + h + " days splits a weekend");
        }
        int maxRun = e.maxConsecutiveShifts();
        int minRun = e.minConsecutiveShifts();
        int offCap = Math.max(1, e.minConsecutiveDaysOff());

        // everything outside the window
        int[] fixedCount = new int[types];
        int prefixMinutes = 0;
        int suffixMinutes = 0;
        for (int d = 0; d < h; d++) {
            if ((d < from || d >= to) && row[d] != OFF) {
                fixedCount[row[d]]++;
                if (d < from) {
                    prefixMinutes += minutes[row[d]];
                } else {
                    suffixMinutes += minutes[row[d]];
                }
            }
        }
        int prefixWeekends = 0;
        int suffixWeekends = 0;
        for (int sat = 5; sat < h; sat += 7) {
            boolean worked = CqRoster.worksWeekend(row, sat, h);
            if (worked && sat < from) {
                prefixWeekends++;
            } else if (worked && sat >= to) {
                suffixWeekends++;
            }
        }
        int maxMinutes = e.maxTotalMinutes() + minutesAbove - suffixMinutes;
        int minMinutes = e.minTotalMinutes() - minutesBelow - suffixMinutes;
        int maxWeekends = e.maxWeekends() + extraWeekends - suffixWeekends;
        int longest = 0;
        for (int t = 0; t < types; t++) {
            if (e.maxShifts(t) > 0) {
                longest = Math.max(longest, minutes[t]);
            }
        }
        // most days anyone can work in r days under the run rules, for a tighter minimum-minutes cut
        int cycle = maxRun + offCap;
        int[] reachable = new int[to - from + 1];
        for (int r = 0; r < reachable.length; r++) {
            int workDays = maxRun <= 0 ? 0 : (r / cycle) * maxRun + Math.min(maxRun, r % cycle);
            reachable[r] = workDays * longest;
        }
        // the suffix's first run, which the window's last run meets
        int suffixValue = to < h ? row[to] : OFF;
        int suffixRun = 0;
        boolean suffixToEnd = true;
        if (to < h) {
            boolean work = row[to] != OFF;
            int d = to;
            while (d < h && (row[d] != OFF) == work) {
                d++;
            }
            suffixRun = d - to;
            suffixToEnd = d == h;
        }

        int days = to - from;
        // the per-type maxima that can bind in this window join the state (mixed radix over the window's counts),
        // the most restrictive first while the state space grows at most trackedProduct times
        long[] stride = new long[types];
        int product = 1;
        if (trackedProduct > 1) {
            int[] room = new int[types];
            int windowWork = maxRun <= 0 ? 0 : (days / cycle) * maxRun + Math.min(maxRun, days % cycle);
            Integer[] byRoom = new Integer[types];
            for (int t = 0; t < types; t++) {
                byRoom[t] = t;
                room[t] = e.maxShifts(t) - fixedCount[t];
            }
            Arrays.sort(byRoom, (a, b) -> Integer.compare(room[a], room[b]));
            for (int t : byRoom) {
                if (room[t] > 0 && room[t] < windowWork && (long) product * (room[t] + 1) <= trackedProduct) {
                    stride[t] = (long) product << CODE_SHIFT;
                    product *= room[t] + 1;
                }
            }
        }
        // only the types whose maximum the window can reach carry counts (Instance24: none in most one-week
        // windows, where copying all 32 counts at every step was a third of the programme's time)
        int windowDays = maxRun <= 0 ? 0 : (days / cycle) * maxRun + Math.min(maxRun, days % cycle);
        int width = 0;
        for (int t = 0; t < types; t++) {
            boolean binds = e.maxShifts(t) > 0 && e.maxShifts(t) - fixedCount[t] < windowDays
                    || fixedCount[t] > e.maxShifts(t);
            trackIndex[t] = binds ? width++ : -1;
        }
        int[] initialCounts = new int[width];
        for (int t = 0; t < types; t++) {
            if (trackIndex[t] >= 0) {
                initialCounts[trackIndex[t]] = fixedCount[t];
            }
        }
        ensureLayers(days + 1);
        for (int i = 0; i <= days; i++) {
            layers[i].width(width);
        }
        Layer start = layers[0];
        start.clear();
        if (from == 0) {
            start.add(key(START, 0, true, 0, 0), 0, -1, (byte) 0, initialCounts);
        } else {
            int last = row[from - 1];
            boolean work = last != OFF;
            int d = from - 1;
            while (d >= 0 && (row[d] != OFF) == work) {
                d--;
            }
            int run = from - 1 - d;
            run = work ? Math.min(run, maxRun + 1) : Math.min(run, offCap);
            start.add(key(work ? stateType[last] : OFF, run, d < 0, prefixWeekends, prefixMinutes), 0, -1, (byte) 0,
                    initialCounts);
        }
        // the cheapest the days from i on can cost: a partial row at or above the bound less this never ends below it
        long[] ahead = costBound == Long.MAX_VALUE ? null : new long[days + 1];
        if (ahead != null) {
            for (int i = days - 1; i >= 0; i--) {
                int cheapest = FORBIDDEN;
                for (int c : dayCost[i]) {
                    cheapest = Math.min(cheapest, c);
                }
                ahead[i] = ahead[i + 1] + cheapest;
            }
        }
        long states = 0;
        for (int i = 0; i < days; i++) {
            int d = from + i;
            Layer prev = layers[i];
            Layer next = layers[i + 1];
            next.clear();
            int[] cost = dayCost[i];
            long limit = ahead == null ? Long.MAX_VALUE : costBound - ahead[i + 1];
            int reach = reachable[to - 1 - d];
            boolean saturday = d % 7 == 5;
            boolean sunday = d % 7 == 6;
            for (int p = 0; p < prev.size; p++) {
                long k = prev.keys[p];
                int v = value(k);
                int run = run(k);
                boolean exempt = exempt(k);
                int weekends = weekends(k);
                int mins = minutesOf(k);
                int base = prev.cost[p];
                // off
                if (cost[0] < FORBIDDEN) {
                    boolean ok = true;
                    int nRun;
                    boolean nExempt;
                    if (v == START) {
                        nRun = 1;
                        nExempt = true;
                    } else if (v == OFF) {
                        nRun = Math.min(run + 1, offCap);
                        nExempt = exempt;
                    } else {
                        ok = exempt || run >= minRun;
                        nRun = 1;
                        nExempt = false;
                    }
                    if (ok && mins + reach >= minMinutes && base + cost[0] < limit) {
                        long offKey = key(OFF, nRun, nExempt, weekends, mins) | (k & CODE_MASK);
                        next.offer(offKey, base + cost[0], p, (byte) 0, prev, p);
                    }
                }
                for (int[] group : product == 1 ? groups : singles) {
                    int t = -1;
                    int c = FORBIDDEN;
                    for (int u : group) {
                        if (cost[u + 1] < c && (trackIndex[u] < 0 || prev.count(p, trackIndex[u]) < e.maxShifts(u))) {
                            c = cost[u + 1];
                            t = u;
                        }
                    }
                    if (t < 0) {
                        continue;
                    }
                    int nMins = mins + minutes[t];
                    if (nMins > maxMinutes || nMins + reach < minMinutes) {
                        continue;
                    }
                    int nRun;
                    boolean nExempt;
                    if (v == START) {
                        nRun = 1;
                        nExempt = true;
                    } else if (v == OFF) {
                        if (!exempt && run < offCap) {
                            continue;
                        }
                        nRun = 1;
                        nExempt = false;
                    } else {
                        if (forbids[v][t] || run >= maxRun) {
                            continue;
                        }
                        nRun = run + 1;
                        nExempt = exempt;
                    }
                    int nWeekends = weekends;
                    int weekendCost = 0;
                    if (saturday || (sunday && v == OFF)) {
                        nWeekends++;
                        weekendCost = weekendPrice;
                        if (nWeekends > maxWeekends) {
                            continue;
                        }
                    }
                    if (base + c + weekendCost >= limit) {
                        continue;
                    }
                    long workKey = key(stateType[t], nRun, nExempt, nWeekends, nMins) | ((k & CODE_MASK) + stride[t]);
                    next.offer(workKey, base + c + weekendCost, p, (byte) (t + 1), prev, p, trackIndex[t]);
                }
            }
            states += next.size;
            if (next.size == 0 || states > stateLimit) {
                outgrown |= states > stateLimit;
                return null;
            }
        }
        // close the window against the suffix
        Layer last = layers[days];
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        closedDays = days;
        closed = 0;
        if (closedIndex.length < last.size) {
            closedIndex = new int[last.size];
        }
        for (int p = 0; p < last.size; p++) {
            long k = last.keys[p];
            int v = value(k);
            int run = run(k);
            boolean exempt = exempt(k);
            int mins = minutesOf(k);
            if (mins < minMinutes || mins > maxMinutes || !countsFit(e, last, p)) {
                continue;
            }
            if (!closes(v, run, exempt, to < h, suffixValue, suffixRun, suffixToEnd, maxRun, minRun, offCap)) {
                continue;
            }
            closedIndex[closed++] = p;
            if (last.cost[p] < bestCost) {
                bestCost = last.cost[p];
                best = p;
            }
        }
        if (best < 0) {
            return null;
        }
        return backtrack(best);
    }

    private int[] backtrack(int end) {
        int[] values = new int[closedDays];
        int p = end;
        for (int i = closedDays; i >= 1; i--) {
            values[i - 1] = layers[i].choice[p] - 1;
            p = layers[i].parent[p];
        }
        return values;
    }

    /**
     * After {@link #optimise}: the window's cheapest rows over at most {@code k} different end states, cheapest first
     * (the first is the one {@code optimise} returned). Each end state (last run, weekends, minutes, counts) keeps its
     * own cheapest row, so one programme hands column generation several rows that differ in their totals, not only
     * the best (several columns per pricing call, as in Desaulniers, Desrosiers &amp; Solomon (eds.), "Column
     * Generation", 2005, ch. 1).
     */
    int[][] cheapest(int k) {
        Layer last = layers[closedDays];
        int n = Math.min(k, closed);
        int[][] out = new int[n][];
        // partial selection sort: k is small
        for (int i = 0; i < n; i++) {
            int m = i;
            for (int q = i + 1; q < closed; q++) {
                if (last.cost[closedIndex[q]] < last.cost[closedIndex[m]]) {
                    m = q;
                }
            }
            int t = closedIndex[i];
            closedIndex[i] = closedIndex[m];
            closedIndex[m] = t;
            out[i] = backtrack(closedIndex[i]);
        }
        return out;
    }

    /**
     * Fills {@code dayCost[d - from][x + 1]} for {@code e} over days {@code from..to-1}: the request cost of value
     * {@code x} plus the change of the cover cost when {@code count[d][t]} other employees work type {@code t};
     * {@link #FORBIDDEN} for types the contract excludes and for work on a fixed day off.
     */
    static void priceDays(CqInstance in, CqEmployee e, int from, int to, int[][] count, int[][][] requestCost,
            CqCover[][] cover, int[][] dayCost) {
        priceDays(in, e, from, to, count, requestCost, cover, dayCost, null);
    }

    /**
     * {@link #priceDays(CqInstance, CqEmployee, int, int, int[][], int[][][], CqCover[][], int[][])} with
     * {@code count} still holding {@code own}, the employee's current row ({@code null}: it does not): its shifts
     * are left out of the counts without writing them, so other threads may read the counts meanwhile.
     */
    static void priceDays(CqInstance in, CqEmployee e, int from, int to, int[][] count, int[][][] requestCost,
            CqCover[][] cover, int[][] dayCost, int[] own) {
        int types = in.shiftTypes().size();
        for (int d = from; d < to; d++) {
            int[] c = dayCost[d - from];
            int[] req = requestCost[e.index()][d];
            c[0] = req[0];
            boolean fixedOff = e.isDayOff(d);
            int mine = own == null ? OFF : own[d];
            for (int t = 0; t < types; t++) {
                CqCover cv = cover[d][t];
                int n = count[d][t] - (t == mine ? 1 : 0);
                c[t + 1] = fixedOff || e.maxShifts(t) <= 0 ? FORBIDDEN
                        : req[t + 1] + (cv == null ? 0 : cv.cost(n + 1) - cv.cost(n));
            }
        }
    }

    /**
     * Repairs each row of {@code roster} that breaks a hard rule, in file order, until {@code deadlineNanos}
     * ({@link System#nanoTime}): the row gets its cheapest feasible values over the whole horizon given the others,
     * unless that programme passes {@value #REPAIR_STATES} states; if it still breaks a rule, {@value #REPAIR_WEEKS}-week
     * windows in turn get theirs (each kept unless the row's hard penalty grows). Rows with no feasible replacement
     * are kept. Used after the greedy start, whose local row search can leave rows infeasible (Instance22: 440
     * hard units).
     */
    static CqRoster repair(CqInstance in, CqRoster roster, long deadlineNanos) {
        int[][] rows = roster.toArray();
        int h = in.horizon();
        int types = in.shiftTypes().size();
        CqRowPenalty penalty = new CqRowPenalty(in);
        int[][] count = counts(in, rows);
        int[][][] requestCost = CqRequestCosts.table(in);
        CqCover[][] cover = in.coverTable();
        CqRowOptimizer optimizer = new CqRowOptimizer(in);
        int[][] dayCost = new int[h][types + 1];
        int step = 7 * REPAIR_WEEKS;
        boolean wholeYear = true;
        for (CqEmployee e : in.employees()) {
            int[] row = rows[e.index()];
            int before = penalty.of(e, row);
            if (before == 0) {
                continue;
            }
            if (System.nanoTime() > deadlineNanos) {
                break;
            }
            // the whole year first (its cheapest row: Instance22 starts at 74823, against 77449 by windows), given up
            // past REPAIR_STATES (Instance22 needs up to 2.5 million, Instance24 with 32 types and 26 weekends runs
            // out of 2 GB); then windows, where most breaches are
            // once the whole year outgrows the cap it does for the other rows too (Instance24: 0.35 s each, 3 s in all)
            if (wholeYear) {
                count(row, 0, h, count, -1);
                optimizer.stateLimit = REPAIR_STATES;
                optimizer.outgrown = false;
                optimizer.respond(e, row, 0, h, count, requestCost, cover, dayCost, null);
                optimizer.stateLimit = Long.MAX_VALUE;
                wholeYear = !optimizer.outgrown;
                before = penalty.of(e, row);
            }
            for (int from = 0; from < h && before > 0; from += step) {
                int to = Math.min(h, from + step);
                int[] saved = Arrays.copyOfRange(row, from, to);
                count(row, from, to, count, -1);
                optimizer.respond(e, row, from, to, count, requestCost, cover, dayCost, null);
                int after = penalty.of(e, row);
                if (after > before) {
                    count(row, from, to, count, -1);
                    System.arraycopy(saved, 0, row, from, to - from);
                    count(row, from, to, count, 1);
                } else {
                    before = after;
                }
            }
        }
        return new CqRoster(rows);
    }

    /** Weeks in a window of {@link #repair}. */
    private static final int REPAIR_WEEKS = 4;
    /** States the whole-horizon programme of {@link #repair} may reach, about 300 MB. */
    private static final long REPAIR_STATES = 3_000_000;
    /** The programme gives up (no row) past this many states over all its days. */
    private long stateLimit = Long.MAX_VALUE;
    /** Set when a programme gave up past {@link #stateLimit}. */
    private boolean outgrown;

    /** {@code count[d][t]}: how many of {@code rows} work type {@code t} on day {@code d}. */
    static int[][] counts(CqInstance in, int[][] rows) {
        int h = in.horizon();
        int[][] count = new int[h][in.shiftTypes().size()];
        for (int[] row : rows) {
            count(row, 0, h, count, 1);
        }
        return count;
    }

    /** Adds ({@code sign} 1) or takes out (−1) the days {@code from..to-1} of {@code row} from the counts. */
    static void count(int[] row, int from, int to, int[][] count, int sign) {
        for (int d = from; d < to; d++) {
            if (row[d] != OFF) {
                count[d][row[d]] += sign;
            }
        }
    }

    /** Scale of the real cost when ties are broken at random (see {@link #respond}). */
    static final int TIE_SCALE = 1024;

    /**
     * The best response of {@code e}, whose window is out of {@code count}: the cheapest feasible window given the
     * counts is written into {@code row} (left as it is when none is feasible), and the window goes back into the
     * counts. With {@code ties}, equal-cost windows are chosen at random: costs scaled by {@link #TIE_SCALE} plus
     * noise below {@code TIE_SCALE / days} a day, so a whole window's noise stays below one unit of real cost.
     *
     * @param dayCost scratch, at least {@code to - from} rows
     */
    void respond(CqEmployee e, int[] row, int from, int to, int[][] count, int[][][] requestCost,
            CqCover[][] cover, int[][] dayCost, java.util.random.RandomGenerator ties) {
        priceDays(instance, e, from, to, count, requestCost, cover, dayCost);
        if (weekendPlan != null) {
            boolean[] planned = weekendPlan[e.index()];
            for (int d = from; d < to; d++) {
                if (CqInstance.isWeekend(d) && d / 7 < planned.length) {
                    int[] c = dayCost[d - from];
                    for (int v = 0; v < c.length; v++) {
                        if (c[v] < FORBIDDEN && (v == 0) == planned[d / 7]) {
                            c[v] += planPenalty;
                        }
                    }
                }
            }
        }
        int noise = ties == null ? 1 : Math.max(1, TIE_SCALE / (to - from));
        if (noise > 1) {
            for (int i = 0; i < to - from; i++) {
                int[] c = dayCost[i];
                for (int v = 0; v < c.length; v++) {
                    if (c[v] < FORBIDDEN) {
                        c[v] = c[v] * TIE_SCALE + ties.nextInt(noise);
                    }
                }
            }
        }
        if (onlyImprove) {
            long own = 0;
            for (int d = from; d < to; d++) {
                own += dayCost[d - from][row[d] + 1];
            }
            costBound = own + 1; // an equal one too: moving along a plateau is what lets the next window pay
        }
        int[] window;
        try {
            window = optimise(e, row, from, to, dayCost);
        } finally {
            if (onlyImprove) {
                costBound = Long.MAX_VALUE;
            }
        }
        if (window != null) {
            System.arraycopy(window, 0, row, from, to - from);
        }
        count(row, from, to, count, 1);
    }

    private boolean countsFit(CqEmployee e, Layer layer, int p) {
        for (int t = 0; t < types; t++) {
            if (trackIndex[t] >= 0 && layer.count(p, trackIndex[t]) > e.maxShifts(t)) {
                return false;
            }
        }
        return true;
    }

    /** True when the window's last run, ending in state (v, run, exempt), meets the fixed suffix legally. */
    private boolean closes(int v, int run, boolean exempt, boolean hasSuffix, int suffixValue, int suffixRun,
            boolean suffixToEnd, int maxRun, int minRun, int offCap) {
        if (!hasSuffix) {
            return true; // the last run touches the end of the horizon: only its maximum applies, checked already
        }
        boolean work = v != OFF;
        boolean suffixWork = suffixValue != OFF;
        if (work && suffixWork) {
            int joined = run + suffixRun;
            return !forbids[v][suffixValue] && joined <= maxRun && (exempt || suffixToEnd || joined >= minRun);
        }
        if (work) {
            return (exempt || run >= minRun) && (suffixToEnd || suffixRun >= offCap);
        }
        if (suffixWork) {
            return (exempt || run >= offCap) && (suffixToEnd || suffixRun >= minRun);
        }
        return exempt || suffixToEnd || run + suffixRun >= offCap;
    }

    private void ensureLayers(int n) {
        if (layers.length < n) {
            Layer[] grown = Arrays.copyOf(layers, n);
            for (int i = layers.length; i < n; i++) {
                grown[i] = new Layer(types);
            }
            layers = grown;
        }
    }

    // state key: tracked counts (19 bits) | value+2 (6 bits: START = -2, OFF = -1, types) | run (7) | exempt (1)
    //            | weekends (7) | minutes (24)
    private static final int START = -2;
    private static final int CODE_SHIFT = 45;
    private static final long CODE_MASK = -1L << CODE_SHIFT;

    private static long key(int value, int run, boolean exempt, int weekends, int minutes) {
        return ((long) (value + 2) << 39) | ((long) run << 32) | ((exempt ? 1L : 0L) << 31)
                | ((long) weekends << 24) | minutes;
    }

    private static int value(long k) {
        return (int) ((k >>> 39) & 0x3F) - 2;
    }

    private static int run(long k) {
        return (int) ((k >>> 32) & 0x7F);
    }

    private static boolean exempt(long k) {
        return ((k >>> 31) & 1) != 0;
    }

    private static int weekends(long k) {
        return (int) ((k >>> 24) & 0x7F);
    }

    private static int minutesOf(long k) {
        return (int) (k & 0xFFFFFF);
    }

    /** One day of the programme: the states reached, best cost first found per state, with back pointers. */
    private static final class Layer {
        /** Counts carried per state: the tracked types of the current programme. */
        private int types;
        long[] keys = new long[64];
        int[] cost = new int[64];
        int[] parent = new int[64];
        byte[] choice = new byte[64];
        short[] counts;
        int size;
        private int[] table = new int[128];

        Layer(int types) {
            this.types = types;
            counts = new short[64 * Math.max(1, types)];
        }

        void width(int width) {
            if (width > capacityWidth()) {
                counts = new short[keys.length * width];
            }
            types = width;
        }

        void clear() {
            size = 0;
            Arrays.fill(table, -1);
        }

        int count(int label, int type) {
            return counts[label * types + type];
        }

        void add(long k, int c, int par, byte ch, int[] initialCounts) {
            int i = slot(k);
            table[i] = size;
            store(k, c, par, ch);
            for (int t = 0; t < types; t++) {
                counts[size * types + t] = (short) initialCounts[t];
            }
            size++;
        }

        /** Off step: counts copied from the parent. */
        void offer(long k, int c, int par, byte ch, Layer prev, int from) {
            offer(k, c, par, ch, prev, from, -1);
        }

        void offer(long k, int c, int par, byte ch, Layer prev, int from, int worked) {
            int i = slot(k);
            int at = table[i];
            if (at >= 0) {
                if (c >= cost[at]) {
                    return;
                }
            } else {
                if (size == keys.length) {
                    grow();
                    i = slot(k);
                }
                at = size++;
                table[i] = at;
            }
            store(at, k, c, par, ch);
            System.arraycopy(prev.counts, from * types, counts, at * types, types);
            if (worked >= 0) {
                counts[at * types + worked]++;
            }
        }

        private void store(long k, int c, int par, byte ch) {
            store(size, k, c, par, ch);
        }

        private void store(int at, long k, int c, int par, byte ch) {
            keys[at] = k;
            cost[at] = c;
            parent[at] = par;
            choice[at] = ch;
        }

        private int slot(long k) {
            int mask = table.length - 1;
            int i = (int) (mix(k) & mask);
            while (table[i] >= 0 && keys[table[i]] != k) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private int capacityWidth() {
            return counts.length / keys.length;
        }

        private static long mix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            return k;
        }

        private void grow() {
            int width = Math.max(1, capacityWidth());
            int n = keys.length * 2;
            keys = Arrays.copyOf(keys, n);
            cost = Arrays.copyOf(cost, n);
            parent = Arrays.copyOf(parent, n);
            choice = Arrays.copyOf(choice, n);
            counts = Arrays.copyOf(counts, n * width);
            table = new int[n * 2];
            Arrays.fill(table, -1);
            for (int j = 0; j < size; j++) {
                int i = slot(keys[j]);
                table[i] = j;
            }
        }
    }
}
