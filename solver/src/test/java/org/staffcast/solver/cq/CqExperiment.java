package org.staffcast.solver.cq;

import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Benchmark harness for the solver-configuration experiments in docs/benchmarks.md (not a unit test):
 * {@code java -cp ... org.staffcast.solver.cq.CqExperiment seconds=S seed=N acceptor=LATE_ACCEPTANCE size=400
 * accepted=1 change=1 swap=1 within=0.5 block=7 Instance1.txt ...}. Prints one line per instance.
 */
public final class CqExperiment {

    private CqExperiment() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> kv = new HashMap<>();
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                kv.put(a.substring(0, eq), a.substring(eq + 1));
            } else {
                files.add(Path.of(a));
            }
        }
        CqSolverSettings d = CqSolverSettings.defaults(Duration.ofSeconds(10), 0);
        CqSolverSettings s = new CqSolverSettings(
                Duration.ofMillis((long) (Double.parseDouble(kv.getOrDefault("seconds", "10")) * 1000)),
                Long.parseLong(kv.getOrDefault("seed", "0")),
                AcceptorType.valueOf(kv.getOrDefault("acceptor", d.acceptor().name())),
                Integer.parseInt(kv.getOrDefault("size", String.valueOf(d.acceptorSize()))),
                Integer.parseInt(kv.getOrDefault("accepted", String.valueOf(d.acceptedCount()))),
                Double.parseDouble(kv.getOrDefault("change", String.valueOf(d.changeWeight()))),
                Double.parseDouble(kv.getOrDefault("swap", String.valueOf(d.swapWeight()))),
                Double.parseDouble(kv.getOrDefault("within", String.valueOf(d.withinWeight()))),
                Double.parseDouble(kv.getOrDefault("assign", String.valueOf(d.blockWeight()))),
                Integer.parseInt(kv.getOrDefault("block", String.valueOf(d.maxBlock()))),
                Integer.parseInt(kv.getOrDefault("wblock", String.valueOf(d.withinBlock()))),
                Boolean.parseBoolean(kv.getOrDefault("greedy", String.valueOf(d.greedyStart()))),
                Boolean.parseBoolean(kv.getOrDefault("incremental", String.valueOf(d.incrementalScore()))),
                Double.parseDouble(kv.getOrDefault("row", String.valueOf(d.rowWeight()))),
                Integer.parseInt(kv.getOrDefault("rowk", String.valueOf(d.rowEmployees()))),
                Integer.parseInt(kv.getOrDefault("rowweeks", String.valueOf(d.rowWeeks()))),
                Double.parseDouble(kv.getOrDefault("share", String.valueOf(d.rowTimeShare()))),
                Double.parseDouble(kv.getOrDefault("cgshare", String.valueOf(d.columnGenerationShare()))));
        if (kv.containsKey("lsfrom")) {
            // local search alone from a roster, s seconds (for what a window's dive left)
            for (Path f : files) {
                CqInstance in = CqParser.parse(f);
                CqRoster start = CqRoster.fromCsv(in, kv.get("lsfrom"),
                        java.nio.file.Files.readString(Path.of(kv.get("lsfrom"))));
                CqSchedule best = ai.timefold.solver.core.api.solver.SolverFactory.<CqSchedule>create(
                        CqSolver.config(s, in)).buildSolver().solve(CqSchedule.of(in, start));
                CqEvaluation ev = CqEvaluator.evaluate(in, best.toRoster());
                System.out.printf("%s from %d: %d hard=%d%n", in.name(), CqEvaluator.objective(in, start),
                        ev.objective(), ev.hardPenalty());
            }
            return;
        }
        if (kv.containsKey("fitsbench")) {
            for (Path f : files) {
                CqInstance in = CqParser.parse(f);
                System.out.printf("%s exact ms/call=%.3f fits60=%s fits90=%s fits180=%s fits400=%s%n", in.name(),
                        CqColumnGeneration.exactPricingSeconds(in) * 1000,
                        CqColumnGeneration.fits(in, java.time.Duration.ofSeconds(60), 0.5, 2),
                        CqColumnGeneration.fits(in, java.time.Duration.ofSeconds(90), 0.5, 2),
                        CqColumnGeneration.fits(in, java.time.Duration.ofSeconds(180), 0.5, 2),
                        CqColumnGeneration.fits(in, java.time.Duration.ofSeconds(400), 0.5, 2));
            }
            return;
        }
        if (kv.containsKey("dpreal")) {
            // every employee and window of a real roster, priced as a best response: time and total cost
            int weeks = Integer.parseInt(kv.get("dpreal"));
            for (Path f : files) {
                CqInstance in = CqParser.parse(f);
                CqRoster start = CqRoster.fromCsv(in, kv.get("from"), java.nio.file.Files.readString(Path.of(kv.get("from"))));
                int[][] rows = start.toArray();
                int h = in.horizon();
                int types = in.shiftTypes().size();
                int[][] count = CqRowOptimizer.counts(in, rows);
                int[][][] req = CqRequestCosts.table(in);
                CqCover[][] cover = in.coverTable();
                CqRowOptimizer opt = new CqRowOptimizer(in);
                for (int rep = 0; rep < Integer.parseInt(kv.getOrDefault("reps", "3")); rep++) {
                    long t0 = System.nanoTime();
                    long total = 0;
                    int calls = 0;
                    int none = 0;
                    for (CqEmployee e : in.employees()) {
                        int[] row = rows[e.index()];
                        for (int day = 0; day < h; day++) {
                            if (row[day] != CqRoster.OFF) {
                                count[day][row[day]]--;
                            }
                        }
                        for (int from = 0; from < h; from += 7) {
                            int to = Math.min(h, from + 7 * weeks);
                            int[][] dc = new int[to - from][types + 1];
                            CqRowOptimizer.priceDays(in, e, from, to, count, req, cover, dc);
                            long current = 0;
                            for (int day = from; day < to; day++) {
                                current += dc[day - from][row[day] + 1];
                            }
                            if (kv.containsKey("bound")) {
                                opt.boundCost(current);
                            }
                            int[] v = opt.optimise(e, row, from, to, dc);
                            calls++;
                            if (v == null) {
                                none++;
                                total += kv.containsKey("bound") ? current : 0;
                                continue;
                            }
                            for (int i = 0; i < v.length; i++) {
                                total += dc[i][v[i] + 1];
                            }
                        }
                        for (int day = 0; day < h; day++) {
                            if (row[day] != CqRoster.OFF) {
                                count[day][row[day]]++;
                            }
                        }
                    }
                    System.out.printf("%s dpreal weeks=%d calls=%d none=%d total=%d ms/call=%.3f%n", in.name(), weeks,
                            calls, none, total, (System.nanoTime() - t0) / 1e6 / calls);
                }
            }
            return;
        }
        if (kv.containsKey("dpbench")) {
            int weeks = Integer.parseInt(kv.getOrDefault("rowweeks", "4"));
            for (Path f : files) {
                CqInstance in = CqParser.parse(f);
                CqRoster start = CqGreedy.build(in);
                CqRowOptimizer opt = kv.containsKey("exact") ? new CqRowOptimizer(in, 64) : new CqRowOptimizer(in);
                int[][][] req = CqRequestCosts.table(in);
                int h = in.horizon();
                int to = Math.min(h, 7 * weeks);
                int types = in.shiftTypes().size();
                long t0 = System.nanoTime();
                int calls = 0;
                int feasible = 0;
                while (System.nanoTime() - t0 < 3_000_000_000L) {
                    CqEmployee e = in.employees().get(calls % in.employees().size());
                    int[][] cost = new int[to][types + 1];
                    for (int day = 0; day < to; day++) {
                        cost[day][0] = req[e.index()][day][0];
                        for (int t = 0; t < types; t++) {
                            cost[day][t + 1] = e.maxShifts(t) > 0 && !e.isDayOff(day) ? req[e.index()][day][t + 1] - 5
                                    : CqRowOptimizer.FORBIDDEN;
                        }
                    }
                    if (opt.optimise(e, start.toArray()[e.index()], 0, to, cost) != null) {
                        feasible++;
                    }
                    calls++;
                }
                System.out.printf("%s dp calls=%d ms/call=%.3f feasible=%d%n", in.name(), calls,
                        3000.0 / calls, feasible);
            }
            return;
        }
        if (kv.containsKey("cg")) {
            // experiment 50: column generation and diving from the repaired greedy roster (or after an LS run)
            double cgSeconds = Double.parseDouble(kv.get("cg"));
            for (Path f : files) {
                CqInstance in = CqParser.parse(f);
                long t0 = System.nanoTime();
                CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
                if (kv.containsKey("lsfirst")) {
                    start = CqSolver.solve(in, s, 1, i -> { }).roster();
                }
                if (kv.containsKey("from")) {
                    start = CqRoster.fromCsv(in, kv.get("from"), java.nio.file.Files.readString(Path.of(kv.get("from"))));
                }
                if (kv.containsKey("offwin")) {
                    // day windows in turn, "from-to,from-to,...", each dive at most offsec seconds
                    CqRoster current = start;
                    for (int round = 0; round < Integer.parseInt(kv.getOrDefault("pairrounds", "1")); round++) {
                        for (String spec : kv.get("offwin").split(",")) {
                            int from = Integer.parseInt(spec.split("-")[0]);
                            int to = Integer.parseInt(spec.split("-")[1]);
                            long tw = System.nanoTime();
                            // holdweekdays=a-b: the days of each week from a to b-1 (0 = Monday) held as they are
                            boolean[] heldDays = null;
                            if (kv.containsKey("holdweekdays")) {
                                int a = Integer.parseInt(kv.get("holdweekdays").split("-")[0]);
                                int b = Integer.parseInt(kv.get("holdweekdays").split("-")[1]);
                                heldDays = new boolean[in.horizon()];
                                for (int dd = 0; dd < in.horizon(); dd++) {
                                    heldDays[dd] = dd % 7 >= a && dd % 7 < b;
                                }
                            }
                            CqColumnGeneration cgw = new CqColumnGeneration(in, s.seed(),
                                    Integer.parseInt(kv.getOrDefault("threads", "1")), from, to, current, heldDays);
                            CqColumnGeneration.Result r = cgw.dive(current,
                                    System.nanoTime() + (long) (Double.parseDouble(kv.getOrDefault("offsec", "30")) * 1e9),
                                    kv.containsKey("v") ? System.out::println : null);
                            int before = CqEvaluator.objective(in, current);
                            CqEvaluation ev = CqEvaluator.evaluate(in, r.roster());
                            if (ev.hardPenalty() == 0 && ev.objective() <= before) {
                                current = r.roster();
                            }
                            System.out.printf("  window [%d,%d) before=%d after=%d hard=%d lp=%.1f -> %.1f solves=%d %.1fs t=%.1fs%n",
                                    from, to, before, ev.objective(), ev.hardPenalty(), r.firstLp(), r.lastLp(), r.lpSolves(),
                                    (System.nanoTime() - tw) / 1e9, (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    if (kv.containsKey("out")) {
                        java.nio.file.Files.writeString(Path.of(kv.get("out")), current.toCsv(in));
                    }
                    continue;
                }
                if (kv.containsKey("cgwin")) {
                    // windowed column generation: weeks per window, windows in turn, each its share of cg seconds
                    int weeks = Integer.parseInt(kv.get("cgwin"));
                    int step = Integer.parseInt(kv.getOrDefault("cgstep", String.valueOf(weeks)));
                    int windows = 0;
                    for (int from = 0; from < in.horizon(); from += 7 * step) {
                        windows++;
                    }
                    int passes = Integer.parseInt(kv.getOrDefault("passes", "1"));
                    CqRoster current = start;
                    long t1 = System.nanoTime();
                    int w = 0;
                    for (int pass = 0; pass < passes; pass++) {
                        for (int from = 0; from < in.horizon(); from += 7 * step, w++) {
                            int to = Math.min(in.horizon(), from + 7 * weeks);
                            long deadline = t1 + (long) (cgSeconds * 1e9 * (w + 1) / (windows * passes));
                            CqColumnGeneration cgw = new CqColumnGeneration(in, s.seed(),
                                    Integer.parseInt(kv.getOrDefault("threads", "1")), from, to, current);
                            CqColumnGeneration.Result r = cgw.dive(current, deadline, kv.containsKey("v") ? System.out::println : null);
                            int before = CqEvaluator.objective(in, current);
                            CqEvaluation ev = CqEvaluator.evaluate(in, r.roster());
                            if (ev.hardPenalty() == 0 && ev.objective() <= before) {
                                current = r.roster();
                            }
                            System.out.printf("  window [%d,%d) before=%d after=%d hard=%d lp=%.1f solves=%d t=%.1fs%n",
                                    from, to, before, ev.objective(), ev.hardPenalty(), r.firstLp(), r.lpSolves(),
                                    (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    if (kv.containsKey("wout")) {
                        java.nio.file.Files.writeString(Path.of(kv.get("wout")), current.toCsv(in));
                    }
                    if (kv.containsKey("pairs")) {
                        // two weeks a, b (b > a) re-optimised together, the weeks between them held
                        double each = Double.parseDouble(kv.get("pairs"));
                        int weeksN = (in.horizon() + 6) / 7;
                        java.util.List<int[]> pairs = new java.util.ArrayList<>();
                        for (int gap = Integer.parseInt(kv.getOrDefault("pairgap", "1")); gap < weeksN; gap++) {
                            for (int a = 0; a + gap < weeksN; a++) {
                                pairs.add(new int[] {a, a + gap});
                            }
                        }
                        for (int round = 0; round < Integer.parseInt(kv.getOrDefault("pairrounds", "1")); round++) {
                            for (int[] pr : pairs) {
                                int from = 7 * pr[0];
                                int to = Math.min(in.horizon(), 7 * pr[1] + 7);
                                boolean[] held = new boolean[in.horizon()];
                                for (int dd = 7 * pr[0] + 7; dd < 7 * pr[1]; dd++) {
                                    held[dd] = true;
                                }
                                if (kv.containsKey("only") && !kv.get("only").equals(pr[0] + "+" + pr[1])) {
                                    continue;
                                }
                                if (kv.containsKey("saveeach")) {
                                    java.nio.file.Files.writeString(Path.of("/tmp/before_" + pr[0] + "_" + pr[1] + ".csv"),
                                            current.toCsv(in));
                                }
                                long tw = System.nanoTime();
                                CqColumnGeneration cgw = new CqColumnGeneration(in, s.seed(),
                                        Integer.parseInt(kv.getOrDefault("threads", "1")), from, to, current, held);
                                CqColumnGeneration.Result r = cgw.dive(current, System.nanoTime() + (long) (each * 1e9),
                                        kv.containsKey("v") ? System.out::println : null);
                                int before = CqEvaluator.objective(in, current);
                                CqEvaluation ev = CqEvaluator.evaluate(in, r.roster());
                                if (kv.containsKey("polish")) {
                                    long tp = System.nanoTime();
                                    CqRoster pr2 = CqWindows.bestResponses(in, r.roster(), Integer.parseInt(kv.get("polish")),
                                            Long.MAX_VALUE, 10, null, 0, 2);
                                    CqEvaluation ev2 = CqEvaluator.evaluate(in, pr2);
                                    System.out.printf("  polish %d -> %d in %.2fs%n", ev.objective(), ev2.objective(),
                                            (System.nanoTime() - tp) / 1e9);
                                    r = new CqColumnGeneration.Result(pr2, r.firstLp(), r.lastLp(), r.lpSolves(), r.columns(), r.pivots());
                                    ev = ev2;
                                }
                                if (kv.containsKey("saveeach")) {
                                    java.nio.file.Files.writeString(Path.of("/tmp/after_" + pr[0] + "_" + pr[1] + ".csv"),
                                            r.roster().toCsv(in));
                                }
                                if (ev.hardPenalty() == 0 && ev.objective() <= before) {
                                    current = r.roster();
                                }
                                System.out.printf("  pair %d+%d before=%d after=%d hard=%d lp=%.1f -> %.1f solves=%d %.1fs t=%.1fs%n",
                                        pr[0], pr[1], before, ev.objective(), ev.hardPenalty(), r.firstLp(), r.lastLp(), r.lpSolves(),
                                        (System.nanoTime() - tw) / 1e9, (System.nanoTime() - t0) / 1e9);
                            }
                        }
                        if (kv.containsKey("out")) {
                            java.nio.file.Files.writeString(Path.of(kv.get("out")), current.toCsv(in));
                        }
                        continue;
                    }
                    if (kv.containsKey("cgwin2")) {
                        // then two-week windows, a week apart, cgwin2 seconds each
                        double each = Double.parseDouble(kv.get("cgwin2"));
                        int len = 7 * Integer.parseInt(kv.getOrDefault("cgwin2weeks", "2"));
                        for (int from = 0; from + len <= in.horizon(); from += 7) {
                            CqColumnGeneration cgw = new CqColumnGeneration(in, s.seed(),
                                    Integer.parseInt(kv.getOrDefault("threads", "1")), from, from + len, current);
                            CqColumnGeneration.Result r = cgw.dive(current, System.nanoTime() + (long) (each * 1e9), null);
                            int before = CqEvaluator.objective(in, current);
                            CqEvaluation ev = CqEvaluator.evaluate(in, r.roster());
                            if (ev.hardPenalty() == 0 && ev.objective() <= before) {
                                current = r.roster();
                            }
                            System.out.printf("  window2 [%d,%d) before=%d after=%d lp=%.1f solves=%d t=%.1fs%n",
                                    from, from + len, before, ev.objective(), r.firstLp(), r.lpSolves(),
                                    (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    continue;
                }
                CqColumnGeneration cg = new CqColumnGeneration(in, s.seed(), Integer.parseInt(kv.getOrDefault("threads", "1")));
                CqColumnGeneration.Result r = cg.dive(start, System.nanoTime() + (long) (cgSeconds * 1e9),
                        System.out::println);
                CqEvaluation ev = CqEvaluator.evaluate(in, r.roster());
                System.out.printf("%s start=%d dive=%d hard=%d lp=%.1f solves=%d columns=%d pivots=%d t=%.1fs%n",
                        in.name(), CqEvaluator.objective(in, start), ev.objective(), ev.hardPenalty(), r.firstLp(),
                        r.lpSolves(), r.columns(), r.pivots(), (System.nanoTime() - t0) / 1e9);
                if (kv.containsKey("out")) {
                    java.nio.file.Files.writeString(Path.of(kv.get("out")), r.roster().toCsv(in));
                }
            }
            return;
        }
        if (kv.containsKey("bronly")) {
            int weeks = Integer.parseInt(kv.get("bronly"));
            int sweeps = Integer.parseInt(kv.getOrDefault("sweeps", "6"));
            for (Path f : files) {
                CqInstance in = CqParser.parse(f);
                long t0 = System.nanoTime();
                CqRoster current = kv.containsKey("from")
                        ? CqRoster.fromCsv(in, kv.get("from"), java.nio.file.Files.readString(Path.of(kv.get("from"))))
                        : kv.containsKey("alloff") ? CqRoster.allOff(in)
                        : kv.containsKey("wplan") ? CqRowOptimizer.repair(in, CqGreedy.build(in, CqWeekendPlan.plan(in)), Long.MAX_VALUE)
                        : CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
                CqEvaluation e0 = CqEvaluator.evaluate(in, current);
                System.out.printf("%s start objective=%d hard=%d t=%.1fs%n", in.name(), e0.objective(), e0.hardPenalty(),
                        (System.nanoTime() - t0) / 1e9);
                if (kv.containsKey("winweeks")) {
                    double each = Double.parseDouble(kv.getOrDefault("wintime", "2"));
                    for (String wk : kv.get("winweeks").split(":")) {
                        int w = Integer.parseInt(wk);
                        int len = Integer.parseInt(kv.getOrDefault("winlen", "1"));
                        long tw = System.nanoTime();
                        CqColumnGeneration.Result r = new CqColumnGeneration(in, 1, 1, 7 * w,
                                Math.min(in.horizon(), 7 * w + 7 * len), current, null).dive(current,
                                System.nanoTime() + (long) (each * 1e9), null);
                        int before = CqEvaluator.objective(in, current);
                        CqEvaluation ev = CqEvaluator.evaluate(in, r.roster());
                        if (ev.hardPenalty() == 0 && ev.objective() < before) {
                            current = r.roster();
                        }
                        System.out.printf("  window %d before=%d after=%d lp=%.1f %.1fs%n", w, before, ev.objective(),
                                r.firstLp(), (System.nanoTime() - tw) / 1e9);
                    }
                }
                if (kv.containsKey("transferonly")) {
                    for (int i = 0; i < Integer.parseInt(kv.get("transferonly")); i++) {
                        current = CqWeekendRelocation.transferMinutes(in, current, Long.MAX_VALUE, 1,
                                Integer.parseInt(kv.getOrDefault("workers", "1")));
                        CqEvaluation e = CqEvaluator.evaluate(in, current);
                        System.out.printf("  transfer %d objective=%d t=%.1fs%n", i + 1, e.objective(),
                                (System.nanoTime() - t0) / 1e9);
                    }
                }
                if (kv.containsKey("planpen")) {
                    boolean[][] plan = CqWeekendPlan.plan(in);
                    int pp = Integer.parseInt(kv.get("planpen"));
                    for (int i = 0; i < Integer.parseInt(kv.getOrDefault("plansweeps", "6")); i++) {
                        current = CqWindows.bestResponses(in, current, weeks, Long.MAX_VALUE, 1, plan, pp);
                        if (kv.containsKey("transfer")) {
                            CqEvaluation e = CqEvaluator.evaluate(in, current);
                            System.out.printf("  planned sweep %d objective=%d hard=%d t=%.1fs%n", i + 1, e.objective(),
                                    e.hardPenalty(), (System.nanoTime() - t0) / 1e9);
                            current = CqWeekendRelocation.transferMinutes(in, current, Long.MAX_VALUE,
                                    Integer.parseInt(kv.get("transfer")));
                        }
                        CqEvaluation e = CqEvaluator.evaluate(in, current);
                        System.out.printf("  planned sweep %d objective=%d hard=%d t=%.1fs%n", i + 1, e.objective(),
                                e.hardPenalty(), (System.nanoTime() - t0) / 1e9);
                    }
                }
                for (int i = 0; i < sweeps; i++) {
                    if (kv.containsKey("merge")) {
                        current = CqWeekendRelocation.mergeHalves(in, current, Long.MAX_VALUE,
                                Integer.parseInt(kv.get("merge")), Integer.parseInt(kv.getOrDefault("workers", "1")));
                        CqEvaluation e = CqEvaluator.evaluate(in, current);
                        System.out.printf("  merge %d objective=%d hard=%d t=%.1fs%n", i + 1, e.objective(),
                                e.hardPenalty(), (System.nanoTime() - t0) / 1e9);
                    }
                    if (kv.containsKey("reloc")) {
                        current = CqWeekendRelocation.improve(in, current, Long.MAX_VALUE, Integer.parseInt(kv.get("reloc")),
                                Integer.parseInt(kv.getOrDefault("workers", "1")));
                        CqEvaluation e = CqEvaluator.evaluate(in, current);
                        System.out.printf("  relocation %d objective=%d hard=%d t=%.1fs%n", i + 1, e.objective(),
                                e.hardPenalty(), (System.nanoTime() - t0) / 1e9);
                    }
                    if (kv.containsKey("nobr")) {
                        continue;
                    }
                    current = CqWindows.bestResponses(in, current, weeks, Long.MAX_VALUE, 1, null, 0,
                            Integer.parseInt(kv.getOrDefault("workers", "1")));
                    CqEvaluation e = CqEvaluator.evaluate(in, current);
                    System.out.printf("  sweep %d objective=%d hard=%d t=%.1fs%n", i + 1, e.objective(), e.hardPenalty(),
                            (System.nanoTime() - t0) / 1e9);
                }
                if (kv.containsKey("out")) {
                    java.nio.file.Files.writeString(Path.of(kv.get("out")), current.toCsv(in));
                }
            }
            return;
        }
        if (kv.containsKey("repaironly")) {
            for (Path f : files) {
                CqInstance in = CqParser.parse(f);
                CqRoster start = kv.containsKey("wplan") ? CqGreedy.build(in, CqWeekendPlan.plan(in)) : CqGreedy.build(in);
                long t0 = System.nanoTime();
                CqRoster repaired = CqRowOptimizer.repair(in, start, Long.MAX_VALUE);
                if (kv.containsKey("out")) {
                    java.nio.file.Files.writeString(Path.of(kv.get("out")), repaired.toCsv(in));
                }
                System.out.println("objective " + CqEvaluator.objective(in, repaired));
                System.out.printf("%s greedy hard=%d repaired hard=%d in %.2f s%n", in.name(),
                        CqEvaluator.evaluate(in, start).hardPenalty(), CqEvaluator.evaluate(in, repaired).hardPenalty(),
                        (System.nanoTime() - t0) / 1e9);
            }
            return;
        }
        if (kv.containsKey("greedyonly")) {
            for (Path f : files) {
                CqInstance in = CqParser.parse(f);
                boolean[][] plan = CqWeekendPlan.plan(in);
                CqRoster g = kv.containsKey("wplan") ? CqGreedy.build(in, plan) : CqGreedy.build(in);
                if (kv.containsKey("showplan")) {
                    StringBuilder b = new StringBuilder("planned per weekend:");
                    for (int k = 0; k < plan[0].length; k++) {
                        int c = 0;
                        for (boolean[] row : plan) {
                            c += row[k] ? 1 : 0;
                        }
                        b.append(' ').append(c);
                    }
                    System.out.println(b);
                }
                if (kv.containsKey("out")) {
                    java.nio.file.Files.writeString(Path.of(kv.get("out")), g.toCsv(in));
                }
                CqEvaluation e = CqEvaluator.evaluate(in, g);
                java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
                e.violations().forEach(v -> byRule.merge(v.constraint(), v.penalty(), Integer::sum));
                System.out.println(in.name() + " greedy objective=" + e.objective() + " hard=" + e.hardPenalty() + " " + byRule);
            }
            return;
        }
        for (Path f : files) {
            CqInstance in = CqParser.parse(f);
            double[] lastPrint = {0};
            CqSolver.Result r = CqSolver.solve(in, s, Integer.parseInt(kv.getOrDefault("threads", "1")), i -> {
                if (kv.containsKey("trace") && i.seconds() - lastPrint[0] >= Double.parseDouble(kv.get("trace"))) {
                    lastPrint[0] = i.seconds();
                    System.out.printf("  t=%.1f %s%n", i.seconds(), i.score());
                }
            });
            System.out.printf("%s objective=%d hard_violations=%d score=%s seconds=%.1f moves/s=%d %s%n", in.name(),
                    r.evaluation().objective(), r.evaluation().violations().size(), r.score(), r.seconds(),
                    r.movesPerSecond(), kv);
            if (kv.containsKey("verbose")) {
                java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
                r.evaluation().violations().forEach(v -> byRule.merge(v.constraint(), v.penalty(), Integer::sum));
                System.out.println("  violations " + byRule);
                int under = 0;
                int over = 0;
                for (CqCover c : in.covers()) {
                    int n = 0;
                    for (int e = 0; e < in.employees().size(); e++) {
                        n += r.roster().shift(e, c.day()) == c.shiftType() ? 1 : 0;
                    }
                    under += n < c.requirement() ? c.cost(n) : 0;
                    over += n > c.requirement() ? c.cost(n) : 0;
                }
                System.out.println("  understaffing=" + under + " overstaffing=" + over + " requests="
                        + (r.evaluation().objective() - under - over));
                long reqMin = 0;
                long maxMin = 0;
                long worked = 0;
                for (CqCover c : in.covers()) {
                    reqMin += (long) c.requirement() * in.shiftTypes().get(c.shiftType()).minutes();
                }
                StringBuilder slack = new StringBuilder();
                for (CqEmployee e : in.employees()) {
                    maxMin += e.maxTotalMinutes();
                    int w = 0;
                    int n = 0;
                    for (int day = 0; day < in.horizon(); day++) {
                        int t = r.roster().shift(e.index(), day);
                        if (t >= 0) {
                            w += in.shiftTypes().get(t).minutes();
                            n++;
                        }
                    }
                    worked += w;
                    slack.append(e.id()).append(':').append(e.maxTotalMinutes() - w).append('/').append(n).append(' ');
                }
                System.out.println("  required minutes=" + reqMin + " max minutes=" + maxMin + " worked=" + worked);
                if (kv.containsKey("slack")) {
                    System.out.println("  slack " + slack);
                    StringBuilder sf = new StringBuilder();
                    for (CqCover c : in.covers()) {
                        int n = 0;
                        for (int e = 0; e < in.employees().size(); e++) {
                            n += r.roster().shift(e, c.day()) == c.shiftType() ? 1 : 0;
                        }
                        if (n != c.requirement()) {
                            sf.append(c.day()).append(in.shiftTypes().get(c.shiftType()).id()).append(':')
                                    .append(n - c.requirement()).append(' ');
                        }
                    }
                    System.out.println("  off-target " + sf);
                }
            }
            if (kv.containsKey("bestresponse")) {
                int h = in.horizon();
                int types = in.shiftTypes().size();
                int[][] rows = r.roster().toArray();
                int[][] count = CqRowOptimizer.counts(in, rows);
                CqRowOptimizer opt = new CqRowOptimizer(in);
                int[][][] req = CqRequestCosts.table(in);
                CqCover[][] cov = in.coverTable();
                int better = 0;
                long gain = 0;
                for (CqEmployee e : in.employees()) {
                    int[] row = rows[e.index()];
                    CqRowOptimizer.count(row, 0, h, count, -1);
                    int[][] cost = new int[h][types + 1];
                    CqRowOptimizer.priceDays(in, e, 0, h, count, req, cov, cost);
                    int now = 0;
                    for (int x = 0; x < h; x++) {
                        now += cost[x][row[x] + 1];
                    }
                    int[] best = opt.optimise(e, row, 0, h, cost);
                    int bestCost = 0;
                    for (int x = 0; x < h; x++) {
                        bestCost += cost[x][best[x] + 1];
                    }
                    if (bestCost < now) {
                        better++;
                        gain += now - bestCost;
                    }
                    CqRowOptimizer.count(row, 0, h, count, 1);
                }
                System.out.println("  best responses: " + better + " employees improvable, total gain " + gain);
            }
            if (kv.containsKey("out")) {
                java.nio.file.Files.writeString(Path.of(kv.get("out")), r.roster().toCsv(in));
            }
        }
    }
}
