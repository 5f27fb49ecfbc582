package org.staffcast.solver.cq;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Probe: the row programme against brute force on 7-day windows of a real instance (experiment, not a test). */
public final class CqDpCheck {

    public static void main(String[] args) throws Exception {
        CqInstance in = CqParser.parse(Path.of(args[0]));
        CqRoster roster = CqRoster.fromCsv(in, args[1], Files.readString(Path.of(args[1])));
        int cases = Integer.parseInt(args[2]);
        int h = in.horizon();
        int types = in.shiftTypes().size();
        CqRowOptimizer opt = new CqRowOptimizer(in);
        CqRowPenalty penalty = new CqRowPenalty(in);
        SplittableRandom random = new SplittableRandom(1);
        int worse = 0;
        int missing = 0;
        for (int k = 0; k < cases; k++) {
            CqEmployee e = in.employees().get(random.nextInt(in.employees().size()));
            int[] row = roster.toArray()[e.index()];
            int from = 7 * random.nextInt(h / 7);
            int to = from + 7;
            int[][] cost = new int[7][types + 1];
            for (int i = 0; i < 7; i++) {
                for (int v = 0; v <= types; v++) {
                    cost[i][v] = v > 0 && (e.maxShifts(v - 1) <= 0 || e.isDayOff(from + i)) ? CqRowOptimizer.FORBIDDEN
                            : random.nextInt(-100, 101);
                }
            }
            int[] dp = opt.optimise(e, row, from, to, cost);
            long dpCost = dp == null ? Long.MAX_VALUE : 0;
            if (dp != null) {
                for (int i = 0; i < 7; i++) {
                    dpCost += cost[i][dp[i] + 1];
                }
            }
            long best = Long.MAX_VALUE;
            int[] bestRow = null;
            int[] trial = row.clone();
            int combos = 1;
            for (int i = 0; i < 7; i++) {
                combos *= types + 1;
            }
            for (int c = 0; c < combos; c++) {
                int x = c;
                long sum = 0;
                boolean ok = true;
                for (int i = 0; i < 7; i++) {
                    int v = x % (types + 1) - 1;
                    x /= types + 1;
                    trial[from + i] = v;
                    if (cost[i][v + 1] >= CqRowOptimizer.FORBIDDEN) {
                        ok = false;
                    }
                    sum += cost[i][v + 1];
                }
                if (ok && sum < best && penalty.of(e, trial) == 0) {
                    best = sum;
                    bestRow = trial.clone();
                }
            }
            if (best < dpCost) {
                if (dp == null) {
                    missing++;
                } else {
                    worse++;
                }
                if (worse + missing <= 5) {
                    System.out.println("employee " + e.id() + " window " + from + " dp=" + dpCost + " brute=" + best
                            + " row=" + java.util.Arrays.toString(row) + " brute row="
                            + java.util.Arrays.toString(java.util.Arrays.copyOfRange(bestRow, from, to)) + " dp row="
                            + (dp == null ? "null" : java.util.Arrays.toString(dp)));
                }
            }
        }
        System.out.println("cases=" + cases + " dp worse=" + worse + " dp none but feasible=" + missing);
    }
}
