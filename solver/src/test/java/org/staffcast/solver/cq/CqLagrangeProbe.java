package org.staffcast.solver.cq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Experiment harness, not a test (docs/benchmarks.md, Curtois &amp; Qu, experiment 44): Lagrangian relaxation of the
 * cover lines — one multiplier per (day, type) moved by subgradient steps (Polyak step towards {@code upperBound},
 * halved after {@code -Dpatience} iterations without a better bound), each employee's row by
 * {@link CqRowOptimizer} at those prices over the whole horizon — then late acceptance over the choice of one
 * generated row per employee. {@code java ... CqLagrangeProbe INSTANCE upperBound iterations selectionSeconds}
 * ({@code -Drelax=true} drops the per-type maxima, {@code -Dtheta}, {@code -Dinit} = starting multiplier as a share
 * of WeightUnder). A bound above the best known shows the row programme is not exact for those prices.
 */
public final class CqLagrangeProbe {

    public static void main(String[] args) throws Exception {
        CqInstance in = CqParser.parse(Path.of(args[0]));
        double ub = Double.parseDouble(args[1]);
        int iterations = Integer.parseInt(args[2]);
        double lsSeconds = Double.parseDouble(args[3]);
        int n = in.employees().size();
        int h = in.horizon();
        int types = in.shiftTypes().size();
        CqCover[][] cover = in.coverTable();
        int[][][] req = CqRequestCosts.table(in);
        CqRowOptimizer opt = new CqRowOptimizer(in);
        double[][] pi = new double[h][types];
        final int scale = 64;
        List<List<int[]>> pool = new ArrayList<>();
        List<Set<String>> seen = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            pool.add(new ArrayList<>());
            seen.add(new HashSet<>());
        }
        int[] blank = new int[h];
        Arrays.fill(blank, CqRoster.OFF);
        int[][] cost = new int[h][types + 1];
        double theta = Double.parseDouble(System.getProperty("theta", "1"));
        int patience = Integer.getInteger("patience", 15);
        double init = Double.parseDouble(System.getProperty("init", "0.5"));
        for (int d = 0; d < h; d++) {
            for (int t = 0; t < types; t++) {
                if (cover[d][t] != null) {
                    pi[d][t] = init * cover[d][t].weightUnder();
                }
            }
        }
        double bestL = -1e18;
        int sinceBest = 0;
        int bestObjective = Integer.MAX_VALUE;
        long t0 = System.nanoTime();
        int[][] bestRows = null;
        for (int it = 0; it < iterations; it++) {
            long sum = 0;
            int[][] count = new int[h][types];
            int[][] rows = new int[n][];
            for (CqEmployee e0 : in.employees()) {
                CqEmployee e = e0;
                if (Boolean.getBoolean("relax")) {
                    int[] max = new int[types];
                    for (int t = 0; t < types; t++) {
                        max[t] = e0.maxShifts(t) > 0 ? h : 0;
                    }
                    e = new CqEmployee(e0.index(), e0.id(), max, e0.maxTotalMinutes(), e0.minTotalMinutes(),
                            e0.maxConsecutiveShifts(), e0.minConsecutiveShifts(), e0.minConsecutiveDaysOff(),
                            e0.maxWeekends(), e0.daysOff());
                }
                for (int d = 0; d < h; d++) {
                    cost[d][0] = req[e.index()][d][0] * scale;
                    for (int t = 0; t < types; t++) {
                        cost[d][t + 1] = e.maxShifts(t) <= 0 || e.isDayOff(d) ? CqRowOptimizer.FORBIDDEN
                                : (int) Math.round((req[e.index()][d][t + 1] - pi[d][t]) * scale);
                    }
                }
                int[] row = opt.optimise(e, blank, 0, h, cost);
                if (row == null) {
                    throw new IllegalStateException("no feasible row for " + e.id());
                }
                for (int d = 0; d < h; d++) {
                    sum += cost[d][row[d] + 1];
                    if (row[d] >= 0) {
                        count[d][row[d]]++;
                    }
                }
                rows[e.index()] = row;
                if (seen.get(e.index()).add(Arrays.toString(row))) {
                    pool.get(e.index()).add(row);
                }
            }
            double l = sum / (double) scale;
            double norm = 0;
            int objective = 0;
            for (int d = 0; d < h; d++) {
                for (int t = 0; t < types; t++) {
                    CqCover c = cover[d][t];
                    if (c != null) {
                        l += pi[d][t] * c.requirement();
                        double g = c.requirement() - count[d][t];
                        norm += g * g;
                        objective += c.cost(count[d][t]);
                    }
                }
            }
            for (int e = 0; e < n; e++) {
                for (int d = 0; d < h; d++) {
                    objective += req[e][d][rows[e][d] + 1];
                }
            }
            if (objective < bestObjective) {
                bestObjective = objective;
                bestRows = rows;
            }
            if (l > bestL + 1e-6) {
                bestL = l;
                sinceBest = 0;
            } else if (++sinceBest >= patience) {
                theta /= 2;
                sinceBest = 0;
            }
            if (it % 10 == 0 || it == iterations - 1) {
                System.out.printf("it=%d L=%.1f best L=%.1f objective=%d best=%d theta=%.4f columns=%d t=%.1fs%n", it, l,
                        bestL, objective, bestObjective, theta, pool.stream().mapToInt(List::size).sum(),
                        (System.nanoTime() - t0) / 1e9);
            }
            if (norm == 0) {
                break;
            }
            double step = theta * (ub - l) / norm;
            for (int d = 0; d < h; d++) {
                for (int t = 0; t < types; t++) {
                    CqCover c = cover[d][t];
                    if (c != null) {
                        double g = c.requirement() - count[d][t];
                        pi[d][t] = Math.max(-c.weightOver(), Math.min(c.weightUnder(), pi[d][t] + step * g));
                    }
                }
            }
        }
        // column selection by late acceptance
        SplittableRandom random = new SplittableRandom(0);
        int[] choice = new int[n];
        int[][] count = new int[h][types];
        int[] reqCost = new int[n];
        List<int[]> reqOf = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            int[] rc = new int[pool.get(e).size()];
            for (int c = 0; c < rc.length; c++) {
                int[] row = pool.get(e).get(c);
                for (int d = 0; d < h; d++) {
                    rc[c] += req[e][d][row[d] + 1];
                }
                if (Arrays.equals(row, bestRows[e])) {
                    choice[e] = c;
                }
            }
            reqOf.add(rc);
            int[] row = pool.get(e).get(choice[e]);
            for (int d = 0; d < h; d++) {
                if (row[d] >= 0) {
                    count[d][row[d]]++;
                }
            }
        }
        long current = bestObjective;
        long best = current;
        int history = 2000;
        long[] late = new long[history];
        Arrays.fill(late, current);
        long deadline = System.nanoTime() + (long) (lsSeconds * 1e9);
        long steps = 0;
        while ((steps & 1023) != 0 || System.nanoTime() < deadline) {
            int e = random.nextInt(n);
            int size = pool.get(e).size();
            if (size < 2) {
                steps++;
                continue;
            }
            int c = random.nextInt(size);
            if (c == choice[e]) {
                steps++;
                continue;
            }
            int[] a = pool.get(e).get(choice[e]);
            int[] b = pool.get(e).get(c);
            long delta = reqOf.get(e)[c] - reqOf.get(e)[choice[e]];
            for (int d = 0; d < h; d++) {
                if (a[d] == b[d]) {
                    continue;
                }
                if (a[d] >= 0 && cover[d][a[d]] != null) {
                    CqCover cv = cover[d][a[d]];
                    delta += cv.cost(count[d][a[d]] - 1) - cv.cost(count[d][a[d]]);
                    count[d][a[d]]--;
                }
                if (b[d] >= 0) {
                    if (cover[d][b[d]] != null) {
                        CqCover cv = cover[d][b[d]];
                        delta += cv.cost(count[d][b[d]] + 1) - cv.cost(count[d][b[d]]);
                    }
                    count[d][b[d]]++;
                }
                if (a[d] >= 0 && cover[d][a[d]] == null) {
                    count[d][a[d]]--;
                }
            }
            long candidate = current + delta;
            int slot = (int) (steps % history);
            if (candidate <= current || candidate <= late[slot]) {
                choice[e] = c;
                current = candidate;
                best = Math.min(best, current);
            } else {
                for (int d = 0; d < h; d++) {
                    if (a[d] != b[d]) {
                        if (b[d] >= 0) {
                            count[d][b[d]]--;
                        }
                        if (a[d] >= 0) {
                            count[d][a[d]]++;
                        }
                    }
                }
            }
            late[slot] = current;
            steps++;
        }
        System.out.printf("column selection: best=%d steps=%d t=%.1fs%n", best, steps, (System.nanoTime() - t0) / 1e9);
    }
}
