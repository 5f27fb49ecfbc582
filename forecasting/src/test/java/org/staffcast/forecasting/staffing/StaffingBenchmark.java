package org.staffcast.forecasting.staffing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (a main, not a test): staffing requirements for 4 queues x 7 days of 15-minute intervals, after
 * warm-up, plus the Erlang C accuracy against the BigDecimal reference. Run from the worktree root:
 * <pre>
 * ./mvnw -B -q -o -pl forecasting test-compile
 * java -cp forecasting/target/classes:forecasting/target/test-classes \
 *     org.staffcast.forecasting.staffing.StaffingBenchmark [scale]
 * </pre>
 * {@code scale} multiplies every volume (default 1: a peak of about 110 Erlangs on the main voice queue; 15 gives
 * a 2,000-agent site). Prints median and 90th percentile milliseconds per full requirements run.
 */
public final class StaffingBenchmark {

    private StaffingBenchmark() {
    }

    static List<IntervalDemand> week(double peakVolume, double aht, long seed) {
        List<IntervalDemand> out = new ArrayList<>();
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int day = 0; day < 7; day++) {
            double dayFactor = day >= 5 ? 0.5 : 1.0;
            for (int slot = 0; slot < 96; slot++) {
                double hour = slot / 4.0;
                double shape = hour < 7 || hour >= 21 ? 0.02 : Math.sin(Math.PI * (hour - 7) / 14);
                double volume = Math.max(0, peakVolume * dayFactor * shape * (0.9 + 0.2 * rnd.nextDouble()));
                out.add(new IntervalDemand(start.plus(Duration.ofMinutes(15L * (day * 96 + slot))),
                        Duration.ofMinutes(15), volume, aht * (0.95 + 0.1 * rnd.nextDouble())));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        List<List<IntervalDemand>> demand = List.of(
                week(400 * scale, 240, 1), week(200 * scale, 300, 2), week(150 * scale, 420, 3), week(120 * scale, 360, 4));
        List<QueueConfig> queues = List.of(
                QueueConfig.of("voice", Channel.VOICE, new ServiceTarget.ServiceLevel(0.8, 20)).withShrinkage(0.3)
                        .withMaxOccupancy(0.9),
                QueueConfig.of("voice-a", Channel.VOICE, new ServiceTarget.ServiceLevel(0.9, 30))
                        .withPatienceSeconds(120).withShrinkage(0.3),
                QueueConfig.of("chat", Channel.CHAT, new ServiceTarget.AverageSpeedOfAnswer(30)).withConcurrency(3)
                        .withPatienceSeconds(180).withShrinkage(0.25),
                QueueConfig.of("email", Channel.EMAIL, new ServiceTarget.ResponseTime(4)).withShrinkage(0.2));
        int intervals = demand.stream().mapToInt(List::size).sum();
        long checksum = 0;
        for (int i = 0; i < 30; i++) { // warm-up
            checksum += run(demand, queues);
        }
        int reps = 60;
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            checksum += run(demand, queues);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        int peak = 0;
        for (int q = 0; q < queues.size(); q++) {
            for (StaffingRequirement r : StaffingCalculator.requirements(demand.get(q), queues.get(q))) {
                peak = Math.max(peak, r.agentsRequired());
            }
        }
        System.out.printf(Locale.ROOT, "staffing: %d queues x 7 days x 96 intervals = %d requirements, scale %.1f,"
                + " largest requirement %d agents%n", queues.size(), intervals, scale, peak);
        System.out.printf(Locale.ROOT, "requirements run: median %.1f ms, p90 %.1f ms, min %.1f ms (%d runs after 30"
                + " warm-up; checksum %d)%n", ms[reps / 2], ms[reps * 9 / 10], ms[0], reps, checksum);
        double maxError = 0;
        int points = 0;
        for (int n : new int[] {1, 2, 3, 7, 10, 25, 50, 100, 250, 500, 1000, 2000, 3000, 4100, 5000}) {
            for (double u : new double[] {0.05, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999}) {
                double load = u * n;
                if (load > 4000) {
                    continue;
                }
                double ref = ErlangCTest.referenceWait(n, load).doubleValue();
                maxError = Math.max(maxError, Math.abs(ErlangC.probabilityOfWait(n, load) - ref));
                points++;
            }
        }
        System.out.printf(Locale.ROOT, "Erlang C accuracy: max |C - C_ref| = %.2e over %d (agents, load) points, "
                + "agents 1..5000, load up to 4000 Erlangs (60-digit BigDecimal reference)%n", maxError, points);
    }

    private static long run(List<List<IntervalDemand>> demand, List<QueueConfig> queues) {
        long sum = 0;
        for (int q = 0; q < queues.size(); q++) {
            for (StaffingRequirement r : StaffingCalculator.requirements(demand.get(q), queues.get(q))) {
                sum += r.agentsRequired();
            }
        }
        return sum;
    }
}
