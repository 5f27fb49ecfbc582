package org.staffcast.solver.cq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weekend relocation: one employee gives up a weekend where it is worth little and works one where the cover is
 * short. Where the weekends worked are the binding budget (Instance24: 140 of 150 employees work their maximum and
 * 671 of its 733 units short are on weekends, beside 592 weekends worked on one day only), no move inside one week
 * can do this, and local search needs a dozen coordinated changes (the weekend, the minutes, the runs around both).
 *
 * <p>A move chains best responses of the row programme ({@link CqRowOptimizer}) over one-week windows, everything
 * else fixed: employee {@code e}'s week {@code k} with its Saturday and Sunday off (its minutes may fall short by
 * the weekend's, {@link CqRowOptimizer#minutesSlack}); then the other employees who work only one day of that
 * weekend, one of whom may take the day given up and make their weekend whole; then {@code e}'s week {@code j} with
 * the weekend freed, which must bring the minutes back. Candidates are ranked by each week's cost alone ({@code j}
 * priced with one weekend beyond the contract, {@link CqRowOptimizer#extraWeekends}); the chain is kept when the
 * roster costs less, or costs the same with {@code e}'s contract kept and a weekend left to spend, else undone. So
 * the objective never rises and every hard rule holds after each move.
 */
final class CqWeekendRelocation {

    /** Weekends given up per employee and sweep, cheapest first. */
    private static final int TRIES = 4;
    /** Weekends to take tried after each one given up, best estimate first. */
    private static final int TAKES = 2;
    /**
     * What the half-weekend employees are expected to win back of a weekend given up: the day it covered (Instance24:
     * most weekends given up cost 101, most taken win 100 or 101).
     */
    private static final int REFILL_ESTIMATE = -100;
    private static final int OFF = CqRoster.OFF;
    /** No bound on a window's change of cost ({@link #respond(CqEmployee, int, boolean, boolean, long)}). */
    private static final long NO_BOUND = Long.MAX_VALUE;

    private final CqInstance in;
    private final int h;
    private final int[][] rows;
    private final int[][] count;
    private final int[][][] requestCost;
    private final CqCover[][] cover;
    /** Changes of each row: a move whose employee's row changed since its candidates were priced is dropped. */
    private final java.util.concurrent.atomic.AtomicIntegerArray versions;
    /** Held while a move changes rows, and while it prices what it will keep. */
    private final java.util.concurrent.locks.ReentrantLock commit;
    /** This thread's own: the row programme and its day costs. */
    private final CqRowOptimizer optimizer;
    private final int[][] dayCost;
    /** Day costs of a two-week window ({@link #respondSpan}). */
    private final int[][] spanCost;

    private CqWeekendRelocation(CqInstance in, CqRoster start) {
        this.in = in;
        h = in.horizon();
        rows = start.toArray();
        count = CqRowOptimizer.counts(in, rows);
        requestCost = CqRequestCosts.table(in);
        cover = in.coverTable();
        versions = new java.util.concurrent.atomic.AtomicIntegerArray(rows.length);
        commit = new java.util.concurrent.locks.ReentrantLock();
        optimizer = new CqRowOptimizer(in);
        dayCost = new int[7][in.shiftTypes().size() + 1];
        spanCost = new int[14][in.shiftTypes().size() + 1];
    }

    /** Another thread's view of the same rows and counts, with its own row programme. */
    private CqWeekendRelocation(CqWeekendRelocation shared) {
        in = shared.in;
        h = shared.h;
        rows = shared.rows;
        count = shared.count;
        requestCost = shared.requestCost;
        cover = shared.cover;
        versions = shared.versions;
        commit = shared.commit;
        optimizer = new CqRowOptimizer(in);
        dayCost = new int[7][in.shiftTypes().size() + 1];
        spanCost = new int[14][in.shiftTypes().size() + 1];
    }

    /**
     * Sweeps over the employees, relocating weekends, until a sweep finds nothing or {@code deadlineNanos}
     * ({@link System#nanoTime}).
     */
    static CqRoster improve(CqInstance in, CqRoster start, long deadlineNanos) {
        return improve(in, start, deadlineNanos, Integer.MAX_VALUE);
    }

    /** {@link #improve(CqInstance, CqRoster, long)} with at most {@code maxSweeps} sweeps. */
    static CqRoster improve(CqInstance in, CqRoster start, long deadlineNanos, int maxSweeps) {
        return improve(in, start, deadlineNanos, maxSweeps, 1);
    }

    /** {@link #improve(CqInstance, CqRoster, long, int)} on {@code workers} threads ({@link #sweep}). */
    static CqRoster improve(CqInstance in, CqRoster start, long deadlineNanos, int maxSweeps, int workers) {
        return sweep(in, start, deadlineNanos, maxSweeps, workers, CqWeekendRelocation::relocate);
    }

    /**
     * Sweeps over the employees moving minutes between weeks with every weekend kept as it is worked: a week gives
     * up a shift where it is worth least (its minutes may fall short by the longest shift), another week re-solved
     * without slack brings them back where the cover is short. One-week best responses cannot do this (a week's
     * minutes are fixed up to the contract's slack, 720 on Instance24) and two-week ones only between neighbours;
     * it is what a weekend plan needs after the greedy start ({@link CqWeekendPlan}). The objective never rises and
     * every hard rule holds after each move. Until a sweep finds nothing, {@code maxSweeps} or {@code deadlineNanos}.
     */
    static CqRoster transferMinutes(CqInstance in, CqRoster start, long deadlineNanos, int maxSweeps) {
        return transferMinutes(in, start, deadlineNanos, maxSweeps, 1);
    }

    /** {@link #transferMinutes(CqInstance, CqRoster, long, int)} on {@code workers} threads ({@link #sweep}). */
    static CqRoster transferMinutes(CqInstance in, CqRoster start, long deadlineNanos, int maxSweeps, int workers) {
        return sweep(in, start, deadlineNanos, maxSweeps, workers, CqWeekendRelocation::transfer);
    }

    /**
     * Sweeps over the employees merging half-worked weekends ({@link #merge(CqEmployee)}), until a sweep finds
     * nothing, {@code maxSweeps} or {@code deadlineNanos}, on {@code workers} threads ({@link #sweep}).
     */
    static CqRoster mergeHalves(CqInstance in, CqRoster start, long deadlineNanos, int maxSweeps, int workers) {
        return sweep(in, start, deadlineNanos, maxSweeps, workers, CqWeekendRelocation::merge);
    }

    /**
     * Sweeps {@code move} over the employees until a sweep changes nothing, {@code maxSweeps} or the deadline. With
     * several workers each takes the next employee in file order: a move prices its candidates (most of its time)
     * without writing anything, then, holding {@link #commit}, drops them if its employee's row changed meanwhile,
     * re-prices what it keeps against the counts as they are and changes rows only when the roster costs less. So
     * every kept change lowers the objective and keeps the hard rules (they are all per row), as on one thread;
     * which moves are found depends on the threads' timing.
     */
    private static CqRoster sweep(CqInstance in, CqRoster start, long deadlineNanos, int maxSweeps, int workers,
            java.util.function.BiPredicate<CqWeekendRelocation, CqEmployee> move) {
        CqWeekendRelocation r = new CqWeekendRelocation(in, start);
        List<CqWeekendRelocation> views = new ArrayList<>(List.of(r));
        for (int w = 1; w < workers; w++) {
            views.add(new CqWeekendRelocation(r));
        }
        List<CqEmployee> employees = in.employees();
        boolean improved = true;
        for (int sweep = 0; improved && sweep < maxSweeps && System.nanoTime() < deadlineNanos; sweep++) {
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean any = new java.util.concurrent.atomic.AtomicBoolean();
            List<Runnable> jobs = new ArrayList<>();
            for (CqWeekendRelocation view : views) {
                jobs.add(() -> {
                    for (int i = next.getAndIncrement(); i < employees.size() && System.nanoTime() < deadlineNanos;
                            i = next.getAndIncrement()) {
                        if (move.test(view, employees.get(i))) {
                            any.set(true);
                        }
                    }
                });
            }
            CqParallel.runAll("cq-relocate", jobs);
            improved = any.get();
        }
        return new CqRoster(r.rows);
    }

    /** Tries this employee's most promising give and take weeks; true when a change was kept. */
    private boolean transfer(CqEmployee e) {
        int version = versions.get(e.index());
        int weeks = CqWindows.windows(in);
        int longest = longest(e);
        List<Window> gives = new ArrayList<>();
        List<Window> takes = new ArrayList<>();
        for (int k = 0; k < weeks; k++) {
            int[] row = rows[e.index()];
            int from = 7 * k;
            int now = minutes(row, from, Math.min(h, from + 7));
            // only windows that lower the cost are kept as gives and takes
            optimizer.minutesSlack(longest, 0);
            Window give = respond(e, k, false, true, 0);
            optimizer.minutesSlack(0, longest);
            Window take = respond(e, k, false, true, 0);
            optimizer.minutesSlack(0, 0);
            if (give != null && give.delta() < 0 && minutes(give.values(), 0, give.values().length) < now) {
                gives.add(give);
            }
            if (take != null && take.delta() < 0 && minutes(take.values(), 0, take.values().length) > now) {
                takes.add(take);
            }
        }
        if (gives.isEmpty() || takes.isEmpty()) {
            return false;
        }
        gives.sort((a, b) -> Long.compare(a.delta(), b.delta()));
        takes.sort((a, b) -> Long.compare(a.delta(), b.delta()));
        return commitIfUnchanged(e, version, () -> transfer(e, gives, takes));
    }

    /**
     * Runs {@code move} holding {@link #commit} when {@code e}'s row is still at {@code version}, the one its
     * candidates were priced on; false, changing nothing, when another thread changed the row meanwhile.
     */
    private boolean commitIfUnchanged(CqEmployee e, int version, java.util.function.BooleanSupplier move) {
        commit.lock();
        try {
            return versions.get(e.index()) == version && move.getAsBoolean();
        } finally {
            commit.unlock();
        }
    }

    /** The commit of {@link #transfer(CqEmployee)}: the gives re-priced, the takes re-solved. */
    private boolean transfer(CqEmployee e, List<Window> gives, List<Window> takes) {
        for (int i = 0; i < Math.min(TRIES, gives.size()); i++) {
            Window give = gives.get(i);
            if (give.delta() + takes.getFirst().delta() >= 0) {
                break;
            }
            long giveDelta = reprice(e, give);
            int[] given = apply(e, give);
            if (takeBest(e, takes, give.week(), true, giveDelta)) {
                return true;
            }
            undo(given);
        }
        return false;
    }

    /** One candidate window: its week, the change of cost and the new values. */
    private record Window(int week, long delta, int[] values) {
    }

    /** Tries this employee's most promising pairs; true when one was kept. */
    private boolean relocate(CqEmployee e) {
        int version = versions.get(e.index());
        int[] row = rows[e.index()];
        int weeks = 0;
        int worked = 0;
        for (int sat = 5; sat < h; sat += 7) {
            weeks++;
            worked += CqRoster.worksWeekend(row, sat, h) ? 1 : 0;
        }
        if (e.maxWeekends() <= 0) {
            return false;
        }
        if (worked < e.maxWeekends()) {
            List<Window> takes = takes(e, weeks);
            return commitIfUnchanged(e, version, () -> take(e, takes));
        }
        List<Window> drops = new ArrayList<>();
        for (int k = 0; k < weeks; k++) {
            int sat = 7 * k + 5;
            if (CqRoster.worksWeekend(row, sat, h)) {
                // the weekend's minutes may go with it, for the weekend taken to bring back
                optimizer.minutesSlack(minutes(row, sat, Math.min(h, sat + 2)), 0);
                Window w = respond(e, k, true);
                optimizer.minutesSlack(0, 0);
                if (w != null) {
                    drops.add(w);
                }
            }
        }
        if (drops.isEmpty()) {
            return false;
        }
        // the weekends to take are priced as if one were free and its minutes could be brought back
        optimizer.extraWeekends(1);
        optimizer.minutesSlack(0, 2 * longest(e));
        List<Window> takes = takes(e, weeks);
        optimizer.minutesSlack(0, 0);
        optimizer.extraWeekends(0);
        if (takes.isEmpty()) {
            return false;
        }
        drops.sort((a, b) -> Long.compare(a.delta(), b.delta()));
        return commitIfUnchanged(e, version, () -> relocate(e, drops, takes));
    }

    /** The commit of {@link #relocate(CqEmployee)}: the cheapest drops first, each chained to the takes. */
    private boolean relocate(CqEmployee e, List<Window> drops, List<Window> takes) {
        for (int i = 0; i < Math.min(TRIES, drops.size()); i++) {
            Window drop = drops.get(i);
            if (drop.delta() + takes.getFirst().delta() + REFILL_ESTIMATE >= 0) {
                break;
            }
            if (chain(e, drop, takes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops {@code e}'s weekend {@code drop}, lets the employees working half of that weekend respond (one may
     * take the day {@code e} gave up, making their weekend whole), then takes the best of the first
     * {@link #TAKES} weekends; keeps it all when the roster costs less, else puts everything back.
     */
    private boolean chain(CqEmployee e, Window drop, List<Window> takes) {
        int sat = 7 * drop.week() + 5;
        List<int[]> undo = new ArrayList<>();
        long delta = reprice(e, drop);
        undo.add(apply(e, drop));
        for (CqEmployee a : in.employees()) {
            int[] row = rows[a.index()];
            if (a == e || sat + 1 >= h || (row[sat] == OFF) == (row[sat + 1] == OFF)) {
                continue;
            }
            // the rows of a move being priced on another thread may change here: its version tells it
            Window w = respond(a, drop.week(), false, false, 0);
            if (w != null && w.delta() < 0) {
                delta += w.delta();
                undo.add(apply(a, w));
            }
        }
        if (takeBest(e, takes, -1, false, delta)) {
            return true;
        }
        if (delta <= 0 && minutesKept(e)) {
            return true; // the weekend moved to a half-weekend employee at no cost: e has one to spend later
        }
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo(undo.get(i));
        }
        return false;
    }

    /**
     * Re-solves {@code e}'s first {@link #TAKES} weeks of {@code takes} (not {@code skipWeek}), weekends pinned when
     * {@code pin}, and keeps the best when, with the {@code delta} of the changes made so far, the roster costs
     * less; false, changing nothing, otherwise.
     */
    private boolean takeBest(CqEmployee e, List<Window> takes, int skipWeek, boolean pin, long delta) {
        Window best = null;
        for (int j = 0, tried = 0; j < takes.size() && tried < TAKES; j++) {
            if (takes.get(j).week() == skipWeek) {
                continue;
            }
            tried++;
            Window take = respond(e, takes.get(j).week(), false, pin,
                    best == null ? -delta : Math.min(-delta, best.delta()));
            if (take != null && (best == null || take.delta() < best.delta())) {
                best = take;
            }
        }
        if (best == null || delta + best.delta() >= 0) {
            return false;
        }
        apply(e, best);
        return true;
    }

    /** Weekend days of a two-week response: as the programme likes, kept off, or both worked. */
    private enum Weekend { FREE, OFF, WORKED }

    /**
     * Merges two half-worked weekends into one whole one and spends the weekend freed where the cover is short.
     * Where the weekend budget binds, a weekend worked on one day only wastes half of one (Instance24: about 500
     * against 361 that Saturday's and Sunday's different requirements force), while the late weekends go short. For
     * each weekend {@code b} works on one day only and some other employee {@code a} works on the other day only:
     * {@code b}'s two weeks from that Monday are re-solved with the weekend off (its minutes may fall short by one
     * shift), {@code a}'s with the weekend worked on both days (it takes the day {@code b} gave up; two weeks, so the
     * rest after a run that now ends on Sunday can move into the next week), then {@code b}'s two weeks around the
     * weekend where it saves most bring its minutes back. Kept when the roster costs less (or when {@code b} already
     * has its minutes and the weekend is left to spend), else undone; every hard rule holds after each move.
     */
    private boolean merge(CqEmployee b) {
        if (b.maxWeekends() <= 0) {
            return false;
        }
        for (int k = 0; 7 * k + 6 < h; k++) {
            int version = versions.get(b.index());
            int[] row = rows[b.index()];
            int sat = 7 * k + 5;
            boolean saturday = row[sat] != OFF;
            if (saturday == (row[sat + 1] != OFF)) {
                continue;
            }
            int day = saturday ? sat : sat + 1;
            int week = k;
            if (commitIfUnchanged(b, version, () -> merge(b, week, day))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The commit of {@link #merge(CqEmployee)} for weekend {@code k}, {@code b} working {@code day} of it; the
     * partners are found here, under the lock, where no other move's rows are half changed.
     */
    private boolean merge(CqEmployee b, int k, int day) {
        int other = day % 7 == 5 ? day + 1 : day - 1;
        int[] row = rows[b.index()];
        if (row[day] == OFF || row[other] != OFF) {
            return false;
        }
        List<CqEmployee> partners = new ArrayList<>();
        for (CqEmployee a : in.employees()) {
            int[] r = rows[a.index()];
            if (a != b && r[other] != OFF && r[day] == OFF && !a.isDayOff(day)) {
                partners.add(a);
            }
        }
        if (partners.isEmpty()) {
            return false;
        }
        List<int[]> undo = new ArrayList<>();
        optimizer.minutesSlack(longest(b), 0);
        Window give = respondSpan(b, k, Weekend.OFF, NO_BOUND);
        optimizer.minutesSlack(0, 0);
        if (give == null) {
            return false;
        }
        long delta = give.delta();
        undo.add(apply(b, give));
        // the partner working the whole weekend may go one shift over its minutes; a week elsewhere gives it up
        List<Map.Entry<CqEmployee, Window>> wholes = new ArrayList<>();
        for (CqEmployee a : partners) {
            optimizer.minutesSlack(0, OVER_TAKE ? longest(a) : 0);
            Window w = respondSpan(a, k, Weekend.WORKED, WHOLE_BOUND - delta);
            optimizer.minutesSlack(0, 0);
            if (w != null) {
                wholes.add(Map.entry(a, w));
            }
        }
        wholes.sort((x, y) -> Long.compare(x.getValue().delta(), y.getValue().delta()));
        CqEmployee taker = null;
        for (int i = 0; i < Math.min(TAKES, wholes.size()) && taker == null; i++) {
            CqEmployee a = wholes.get(i).getKey();
            Window w = wholes.get(i).getValue();
            int[] made = apply(a, w);
            long d = w.delta() + refill(a, b, made, undo);
            if (!minutesKept(a)) {
                Window back = cheapestGive(a, k, k, GIVE_BOUND);
                if (back == null) {
                    undo(made);
                    continue;
                }
                undo.add(made);
                made = apply(a, back);
                d += back.delta();
            }
            undo.add(made);
            delta += d;
            taker = a;
        }
        if (taker != null) {
            if (delta < 0 && minutesKept(b)) {
                return true;
            }
            // the weekend taken may bring one shift more than b's minutes allow; a week elsewhere then gives it up
            optimizer.minutesSlack(0, OVER_TAKE ? longest(b) : 0);
            List<Window> takes = new ArrayList<>();
            for (int j = 0; 7 * j + 6 < h; j++) {
                int sat = 7 * j + 5;
                if (Math.abs(j - k) < 2 || CqRoster.worksWeekend(row, sat, h) || !(short_(b, sat) || short_(b, sat + 1))) {
                    continue;
                }
                Window w = respondSpan(b, j, Weekend.FREE, -delta + REFILL_ALLOWANCE);
                if (w != null) {
                    takes.add(w);
                }
            }
            optimizer.minutesSlack(0, 0);
            takes.sort((x, y) -> Long.compare(x.delta(), y.delta()));
            for (int i = 0; i < Math.min(TAKES, takes.size()); i++) {
                Window take = takes.get(i);
                int mark = undo.size();
                int[] taken = apply(b, take);
                undo.add(taken);
                long total = delta + take.delta() + refill(b, taker, taken, undo);
                if (minutesKept(b)) {
                    if (total < 0) {
                        return true;
                    }
                } else {
                    Window back = cheapestGive(b, k, take.week(), -total);
                    if (back != null) {
                        apply(b, back);
                        return true;
                    }
                }
                while (undo.size() > mark) {
                    undo(undo.removeLast());
                }
            }
        }
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo(undo.get(i));
        }
        return false;
    }

    /**
     * The cheapest one-week response of {@code e} that brings its minutes back within the contract, weekends kept as
     * worked, outside the two-week spans from weeks {@code k} and {@code j}, when it changes the cost by less than
     * {@code below}; null when none does.
     */
    private Window cheapestGive(CqEmployee e, int k, int j, long below) {
        Window best = null;
        for (int w = 0; 7 * w < h; w++) {
            if (w == k || w == k + 1 || w == j || w == j + 1) {
                continue;
            }
            Window give = respond(e, w, false, true, best == null ? below : Math.min(below, best.delta()));
            if (give != null && (best == null || give.delta() < best.delta())) {
                best = give;
            }
        }
        return best;
    }

    /**
     * After {@code e}'s days changed ({@code made}, as {@link #change} returned it): for each shift {@code e} left
     * whose cover is now short, the employee (not {@code e} nor {@code partner}, whose minutes the chain is still
     * moving) whose one-week response takes it back and lowers the cost most (a chain's third link: where every
     * weekday is covered exactly, a run moved onto a weekend leaves one short); the changes go on {@code undo}.
     * Returns their change of cost (0 or less).
     */
    private long refill(CqEmployee e, CqEmployee partner, int[] made, List<int[]> undo) {
        if (!REFILL) {
            return 0;
        }
        long gained = 0;
        int from = made[1];
        int[] row = rows[e.index()];
        for (int i = 0; i < made.length - 2; i++) {
            int d = from + i;
            int t = made[i + 2];
            CqCover c = t == OFF ? null : cover[d][t];
            if (c == null || row[d] == t || count[d][t] >= c.requirement()) {
                continue;
            }
            int week = d / 7;
            Window best = null;
            CqEmployee who = null;
            for (CqEmployee x : in.employees()) {
                if (x == e || x == partner || x.maxShifts(t) == 0 || x.isDayOff(d) || rows[x.index()][d] == t) {
                    continue;
                }
                Window w = respond(x, week, false, true, best == null ? 0 : best.delta());
                if (w != null && w.values()[d - 7 * week] == t && (best == null || w.delta() < best.delta())) {
                    best = w;
                    who = x;
                }
            }
            if (best != null) {
                undo.add(apply(who, best));
                gained += best.delta();
            }
        }
        return gained;
    }

    /** Experiment switch: {@link #refill}. */
    private static final boolean REFILL = !Boolean.getBoolean("staffcast.cq.noRefill");
    /** How much a weekend taken may cost before its refills, which then have to win it back. */
    private static final long REFILL_ALLOWANCE = Long.getLong("staffcast.cq.refillAllowance", 100);

    /**
     * A partner's whole weekend is priced only while the chain so far stays under this: what the weekend taken and
     * the refills can still win back in most chains (Instance24: a merge sweep 2.2 s at no bound, 1.3 s at 200; full
     * runs at 200 49388, 50457, 49578, 49384, 48776 against 50208, 49844, 49310, 50092, 50059, experiment 181).
     */
    private static final long WHOLE_BOUND = Long.getLong("staffcast.cq.wholeBound", 200);

    /** A week giving up a shift for minutes taken elsewhere is tried only below this change of cost. */
    private static final long GIVE_BOUND = 120;

    /** Experiment switch: a merge's weekend taken may go one shift over the minutes ({@link #cheapestGive}). */
    private static final boolean OVER_TAKE = !Boolean.getBoolean("staffcast.cq.noOverTake");

    /**
     * The best response of {@code e} over the two weeks from week {@code k}'s Monday (one at the end of the
     * horizon), with week {@code k}'s weekend as {@code weekend} says; null when no row keeps the hard rules or none
     * changes the cost by less than {@code below} ({@link #NO_BOUND}: any change).
     */
    private Window respondSpan(CqEmployee e, int k, Weekend weekend, long below) {
        int from = 7 * k;
        int to = Math.min(h, from + 14);
        long before = price(e, from, to, spanCost);
        for (int d = from + 5; d < Math.min(to, from + 7); d++) {
            if (weekend == Weekend.OFF) {
                java.util.Arrays.fill(spanCost[d - from], 1, spanCost[d - from].length, CqRowOptimizer.FORBIDDEN);
            } else if (weekend == Weekend.WORKED) {
                spanCost[d - from][0] = CqRowOptimizer.FORBIDDEN;
            }
        }
        return solve(e, k, from, to, spanCost, before, below);
    }

    /** Fills {@code cost} for {@code e}'s days {@code from..to-1} ({@link CqRowOptimizer#priceDays}); their cost now. */
    private long price(CqEmployee e, int from, int to, int[][] cost) {
        int[] row = rows[e.index()];
        CqRowOptimizer.priceDays(in, e, from, to, count, requestCost, cover, cost, row);
        long before = 0;
        for (int d = from; d < to; d++) {
            before += cost[d - from][row[d] + 1];
        }
        return before;
    }

    /**
     * The row programme over {@code e}'s days {@code from..to-1} at these day costs, as a window of week {@code k};
     * null when no row keeps the hard rules or none changes the cost ({@code before} now) by less than {@code below}.
     */
    private Window solve(CqEmployee e, int k, int from, int to, int[][] cost, long before, long below) {
        optimizer.boundCost(below == NO_BOUND ? Long.MAX_VALUE : before + below);
        int[] values;
        try {
            values = optimizer.optimise(e, rows[e.index()], from, to, cost);
        } finally {
            optimizer.boundCost(Long.MAX_VALUE);
        }
        if (values == null) {
            return null;
        }
        long after = 0;
        for (int d = from; d < to; d++) {
            after += cost[d - from][values[d - from] + 1];
        }
        return new Window(k, after - before, values);
    }

    /** Gives {@code e}'s days of window {@code w} its values; returns what {@link #undo} takes. */
    private int[] apply(CqEmployee e, Window w) {
        int from = 7 * w.week();
        return change(e.index(), from, from + w.values().length, w.values());
    }

    /** Sets days {@code from..to-1} of employee {@code index}; returns {index, from, old values...} to undo it. */
    private int[] change(int index, int from, int to, int[] values) {
        int[] row = rows[index];
        // odd while the row changes, so a move that read it meanwhile cannot match it afterwards
        versions.incrementAndGet(index);
        int[] undo = new int[to - from + 2];
        undo[0] = index;
        undo[1] = from;
        System.arraycopy(row, from, undo, 2, to - from);
        CqRowOptimizer.count(row, from, to, count, -1);
        System.arraycopy(values, 0, row, from, to - from);
        CqRowOptimizer.count(row, from, to, count, 1);
        versions.incrementAndGet(index);
        return undo;
    }

    /** Puts back what {@link #change} returned. */
    private void undo(int[] u) {
        change(u[0], u[1], u[1] + u.length - 2, java.util.Arrays.copyOfRange(u, 2, u.length));
    }

    /**
     * A weekend not yet spent goes to the week of {@code takes} (priced by {@link #takes}) where it saves most,
     * re-priced; true when that lowers the objective.
     */
    private boolean take(CqEmployee e, List<Window> takes) {
        for (Window take : takes) {
            if (reprice(e, take) < 0) {
                apply(e, take);
                return true;
            }
        }
        return false;
    }

    /**
     * The weeks whose weekend {@code e} does not work and where a type it may work is short, re-solved, those that
     * lower the objective, cheapest first (ties in week order).
     */
    private List<Window> takes(CqEmployee e, int weeks) {
        int[] row = rows[e.index()];
        List<Window> takes = new ArrayList<>();
        for (int k = 0; k < weeks; k++) {
            int sat = 7 * k + 5;
            if (!CqRoster.worksWeekend(row, sat, h) && (short_(e, sat) || short_(e, sat + 1))) {
                Window w = respond(e, k, false, false, 0);
                if (w != null && w.delta() < 0) {
                    takes.add(w);
                }
            }
        }
        takes.sort((a, b) -> Long.compare(a.delta(), b.delta()));
        return takes;
    }

    /**
     * The change of the objective if {@code e}'s week took {@code w}'s values now: {@code w}'s delta when nothing
     * else changed since it was priced.
     */
    private long reprice(CqEmployee e, Window w) {
        int[] row = rows[e.index()];
        int from = 7 * w.week();
        int to = Math.min(h, from + 7);
        CqRowOptimizer.priceDays(in, e, from, to, count, requestCost, cover, dayCost, row);
        long delta = 0;
        for (int d = from; d < to; d++) {
            delta += dayCost[d - from][w.values()[d - from] + 1] - dayCost[d - from][row[d] + 1];
        }
        return delta;
    }

    /** Minutes worked in {@code values[from..to-1]}. */
    private int minutes(int[] values, int from, int to) {
        int m = 0;
        for (int d = from; d < to; d++) {
            m += values[d] == OFF ? 0 : in.shiftTypes().get(values[d]).minutes();
        }
        return m;
    }

    private int longest(CqEmployee e) {
        int m = 0;
        for (CqShiftType t : in.shiftTypes()) {
            m = e.maxShifts(t.index()) > 0 ? Math.max(m, t.minutes()) : m;
        }
        return m;
    }

    /** True when {@code e}'s row works its contract's minutes (a weekend given up may have left it short). */
    private boolean minutesKept(CqEmployee e) {
        int m = minutes(rows[e.index()], 0, h);
        return m >= e.minTotalMinutes() && m <= e.maxTotalMinutes();
    }

    /** True when some type {@code e} may work on {@code day} is short of its requirement. */
    private boolean short_(CqEmployee e, int day) {
        if (day >= h || e.isDayOff(day)) {
            return false;
        }
        for (int t = 0; t < count[day].length; t++) {
            CqCover c = cover[day][t];
            if (c != null && e.maxShifts(t) > 0 && count[day][t] < c.requirement()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The best response of {@code e} over week {@code k} given everything else, with its weekend off when
     * {@code dropWeekend}; null when no row keeps the hard rules. The row and the counts are left as they were.
     */
    private Window respond(CqEmployee e, int k, boolean dropWeekend) {
        return respond(e, k, dropWeekend, false, NO_BOUND);
    }

    /**
     * {@link #respond(CqEmployee, int, boolean)}, with each weekend day kept worked or off when {@code pin}, and
     * null as well when no window changes the cost by less than {@code below} ({@link #NO_BOUND}: any change).
     */
    private Window respond(CqEmployee e, int k, boolean dropWeekend, boolean pin, long below) {
        int[] row = rows[e.index()];
        int from = 7 * k;
        int to = Math.min(h, from + 7);
        long before = price(e, from, to, dayCost);
        if (dropWeekend) {
            for (int d = from + 5; d < to; d++) {
                java.util.Arrays.fill(dayCost[d - from], 1, dayCost[d - from].length, CqRowOptimizer.FORBIDDEN);
            }
        } else if (pin) {
            for (int d = from + 5; d < to; d++) {
                if (row[d] == OFF) {
                    java.util.Arrays.fill(dayCost[d - from], 1, dayCost[d - from].length, CqRowOptimizer.FORBIDDEN);
                } else {
                    dayCost[d - from][0] = CqRowOptimizer.FORBIDDEN;
                }
            }
        }
        return solve(e, k, from, to, dayCost, before, below);
    }
}
