package org.staffcast.solver.cq;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Experiment harness for docs/benchmarks.md, session 8 (not a test): where a roster's objective goes (cover
 * shortfall and surplus, requests) and how tight the budgets are, before and after best-response sweeps and
 * (weekend-priced) week windows.
 * {@code CqBreakdown INSTANCE SECONDS ROSTER.csv [SWEEP_WEEKS [WINDOW_WEEKS WINDOW_SECONDS [WEEKEND_PRICE]]]}: the
 * roster is read when the file exists, else solved for SECONDS (0: the repaired greedy roster) and written there;
 * SWEEP_WEEKS 0 skips the sweeps; the roster after the windows is written beside ROSTER.csv.
 */
public final class CqBreakdown {

    private CqBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        CqInstance in = CqParser.parse(Path.of(args[0]));
        double seconds = Double.parseDouble(args[1]);
        CqRoster r;
        if (args.length > 2 && Files.exists(Path.of(args[2]))) {
            r = CqRoster.fromCsv(in, args[2], Files.readString(Path.of(args[2])));
        } else if (seconds == 0) {
            r = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        } else {
            r = CqSolver.solve(in, CqSolverSettings.defaults(Duration.ofMillis((long) (seconds * 1000)), 0), 2,
                    i -> { }).roster();
            if (args.length > 2) {
                Files.writeString(Path.of(args[2]), r.toCsv(in));
            }
        }
        print(in, r);
        if (args.length > 3 && !args[3].equals("0")) {
            long t = System.nanoTime();
            r = CqWindows.bestResponses(in, r, Integer.parseInt(args[3]), Long.MAX_VALUE);
            System.out.printf("sweeps %.1f s%n", (System.nanoTime() - t) / 1e9);
            print(in, r);
        }
        if (args.length > 4) {
            long t0 = System.nanoTime();
            r = CqWindows.improve(in, r, Integer.parseInt(args[4]), 0, 2,
                    System.nanoTime() + (long) (Double.parseDouble(args[5]) * 1e9),
                    args.length > 6 ? Integer.parseInt(args[6]) : 0, 200_000_000L,
                    ev -> System.out.printf("  window improved: %d%n", ev.objective()));
            System.out.printf("windows: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            print(in, r);
            Files.writeString(Path.of(args[2] + ".windows.csv"), r.toCsv(in));
        }
    }

    static void print(CqInstance in, CqRoster r) {
        int h = in.horizon();
        int types = in.shiftTypes().size();
        int[][] x = r.toArray();
        long under = 0;
        long over = 0;
        long underUnits = 0;
        long overUnits = 0;
        CqCover[][] cover = in.coverTable();
        for (int d = 0; d < h; d++) {
            for (int t = 0; t < types; t++) {
                if (cover[d][t] == null) {
                    continue;
                }
                int c = 0;
                for (int[] row : x) {
                    if (row[d] == t) {
                        c++;
                    }
                }
                int req = cover[d][t].requirement();
                if (c < req) {
                    under += (long) (req - c) * cover[d][t].weightUnder();
                    underUnits += req - c;
                } else {
                    over += (long) (c - req) * cover[d][t].weightOver();
                    overUnits += c - req;
                }
            }
        }
        long on = 0;
        for (CqRequest q : in.onRequests()) {
            if (x[q.employee()][q.day()] != q.shiftType()) {
                on += q.weight();
            }
        }
        long off = 0;
        for (CqRequest q : in.offRequests()) {
            if (x[q.employee()][q.day()] == q.shiftType()) {
                off += q.weight();
            }
        }
        System.out.printf("%s objective=%d under=%d (%d units) over=%d (%d units) on=%d off=%d%n", in.name(),
                CqEvaluator.objective(in, r), under, underUnits, over, overUnits, on, off);
        int minutesTight = 0;
        int weekendsTight = 0;
        int typeTight = 0;
        long slackMinutes = 0;
        for (CqEmployee e : in.employees()) {
            int[] row = x[e.index()];
            int minutes = 0;
            int[] count = new int[types];
            boolean[] wk = new boolean[h / 7 + 1];
            for (int d = 0; d < h; d++) {
                if (row[d] >= 0) {
                    minutes += in.shiftTypes().get(row[d]).minutes();
                    count[row[d]]++;
                    if (CqInstance.isWeekend(d)) {
                        wk[d / 7] = true;
                    }
                }
            }
            int weekends = 0;
            for (boolean b : wk) {
                weekends += b ? 1 : 0;
            }
            slackMinutes += e.maxTotalMinutes() - minutes;
            if (e.maxTotalMinutes() - minutes < 480) {
                minutesTight++;
            }
            if (weekends >= e.maxWeekends()) {
                weekendsTight++;
            }
            for (int t = 0; t < types; t++) {
                if (count[t] >= e.maxShifts(t) && e.maxShifts(t) > 0) {
                    typeTight++;
                }
            }
        }
        System.out.printf("employees=%d minutes-tight=%d weekends-at-max=%d type-at-max=%d slack-minutes=%d%n",
                in.employees().size(), minutesTight, weekendsTight, typeTight, slackMinutes);
    }
}
