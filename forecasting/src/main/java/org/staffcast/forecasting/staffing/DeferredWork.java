package org.staffcast.forecasting.staffing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Deferred work (email, back office): items wait in a backlog and each must be answered within {@code H} of its
 * own arrival.
 *
 * <p>Backlog model: a fluid first-in-first-out queue, time measured in intervals of length L, {@code h = H / L}:
 * <ul>
 *   <li>the work of interval i is {@code w_i = volume_i * AHT_i / (L * maxOccupancy)} agent-intervals (an agent is
 *       productive {@code maxOccupancy} of its time), arriving evenly through the interval, so the cumulative
 *       arrived work A(t) is piecewise linear;</li>
 *   <li>with {@code c_t} productive agents in interval t the backlog is worked at rate {@code c_t} while there is
 *       one, and at the arrival rate (at most {@code c_t}) when there is none; the completed work C(t) is piecewise
 *       linear too, and the item at cumulative work x, arriving at {@code A^{-1}(x)}, is answered at
 *       {@code C^{-1}(x)};</li>
 *   <li>every deadline is met iff {@code C(u + h) >= A(u)} for all u. At a constant capacity P this holds iff the
 *       work arriving in any window {@code [s, u]} fits in {@code [s, u + h]}: {@code A(u) - A(s) <= P (u - s + h)}.
 *       Both sides are linear between interval boundaries, so the smallest such P is
 *       {@code P* = max_{a <= k} sum_{i=a..k} w_i / (k - a + 1 + h)}, the denominator capped at {@code n - a}
 *       because the horizon's work is done inside the horizon (deadlines after its end are moved to its end). No
 *       schedule at all has a lower peak, since that window's work must be done inside it (the classical
 *       window-density condition, cf. Horn, "Some simple scheduling algorithms", Naval Research Logistics
 *       Quarterly 21(1), 1974);</li>
 *   <li>agents per interval: the capacity-{@code N = ceil(P*)} FIFO schedule, staffed with {@code N} agents where a
 *       backlog is carried into the interval and with {@code ceil(w_t)} (at most N) where none is — this reproduces
 *       the capacity-N completion curve exactly, so no item is late and the peak is the smallest possible.</li>
 * </ul>
 * Projected service (fraction of an interval's items answered within H, mean response time) is computed exactly
 * from the two piecewise-linear curves.
 */
public final class DeferredWork {

    private static final double EPS = 1e-9;

    private DeferredWork() {
    }

    /**
     * Smallest constant capacity (agent-intervals per interval, fractional) that answers every item in time.
     *
     * @param work              {@code w_i}, agent-intervals of work arriving evenly in interval i
     * @param deadlineIntervals {@code h = H / L}, the response time in intervals (> 0)
     */
    public static double minimumPeak(double[] work, double deadlineIntervals) {
        if (!(deadlineIntervals > 0)) {
            throw new IllegalArgumentException("response time of " + deadlineIntervals + " intervals is not positive");
        }
        int n = work.length;
        double peak = 0;
        for (int a = 0; a < n; a++) {
            double sum = 0;
            for (int k = a; k < n; k++) {
                sum += work[k];
                double window = Math.min(k - a + 1 + deadlineIntervals, n - a);
                peak = Math.max(peak, sum / window);
            }
        }
        return peak;
    }

    /** Productive agents per interval answering every item within {@code deadlineIntervals} with the least peak. */
    public static int[] agents(double[] work, double deadlineIntervals) {
        int cap = (int) Math.ceil(minimumPeak(work, deadlineIntervals) - EPS);
        double[] capacity = new double[work.length];
        Arrays.fill(capacity, cap);
        Curve curve = Curve.of(work, capacity);
        int[] agents = new int[work.length];
        for (int t = 0; t < work.length; t++) {
            if (curve.backlogAtStart[t] > EPS) {
                agents[t] = cap;
            } else if (work[t] > EPS) {
                agents[t] = Math.min(cap, Math.max(1, (int) Math.ceil(work[t] - EPS)));
            }
        }
        return agents;
    }

    static List<StaffingRequirement> requirements(List<IntervalDemand> demand, QueueConfig queue) {
        if (demand.isEmpty()) {
            return List.of();
        }
        Plan plan = plan(demand, queue);
        int[] agents = agents(plan.work, plan.deadlineIntervals);
        List<ServiceOutcome> outcomes = outcomes(plan, agents, queue);
        List<StaffingRequirement> out = new ArrayList<>(demand.size());
        for (int i = 0; i < demand.size(); i++) {
            IntervalDemand d = demand.get(i);
            ServiceOutcome o = outcomes.get(i);
            out.add(new StaffingRequirement(queue.name(), d.start(), d.length(), d.volume(), d.ahtSeconds(),
                    agents[i], StaffingCalculator.withShrinkage(agents[i], queue.shrinkage()), o.serviceLevel(),
                    o.asaSeconds(), o.occupancy(), 0));
        }
        return out;
    }

    static List<ServiceOutcome> project(List<IntervalDemand> demand, QueueConfig queue, int[] agents) {
        if (demand.isEmpty()) {
            return List.of();
        }
        return outcomes(plan(demand, queue), agents, queue);
    }

    private record Plan(double[] work, double deadlineIntervals, double lengthSeconds) {
    }

    private static Plan plan(List<IntervalDemand> demand, QueueConfig queue) {
        if (!(queue.target() instanceof ServiceTarget.ResponseTime rt)) {
            throw new IllegalArgumentException("queue " + queue.name() + ": deferred work needs respondWithinHours");
        }
        IntervalDemand first = demand.get(0);
        double length = first.lengthSeconds();
        double[] work = new double[demand.size()];
        for (int i = 0; i < demand.size(); i++) {
            IntervalDemand d = demand.get(i);
            if (!d.length().equals(first.length())) {
                throw new IllegalArgumentException("queue " + queue.name() + ": interval at " + d.start()
                        + " is " + d.length() + " long, the first is " + first.length());
            }
            if (i > 0 && !d.start().equals(demand.get(i - 1).end())) {
                throw new IllegalArgumentException("queue " + queue.name() + ": interval at " + d.start()
                        + " does not follow the one at " + demand.get(i - 1).start()
                        + " (deferred work needs contiguous intervals in time order)");
            }
            work[i] = d.volume() * d.ahtSeconds() / (length * queue.maxOccupancy());
        }
        return new Plan(work, rt.seconds() / length, length);
    }

    /** The completion curve C of the fluid FIFO queue: breakpoints (time in intervals, cumulative work). */
    private static final class Curve {
        final double[] time;
        final double[] done;
        final int size;
        final double[] backlogAtStart;
        final double[] processed;

        private Curve(double[] time, double[] done, int size, double[] backlogAtStart, double[] processed) {
            this.time = time;
            this.done = done;
            this.size = size;
            this.backlogAtStart = backlogAtStart;
            this.processed = processed;
        }

        static Curve of(double[] work, double[] capacity) {
            int n = work.length;
            double[] time = new double[2 * n + 1];
            double[] done = new double[2 * n + 1];
            double[] backlogAtStart = new double[n];
            double[] processed = new double[n];
            int size = 1;
            double backlog = 0;
            double total = 0;
            for (int t = 0; t < n; t++) {
                backlogAtStart[t] = backlog;
                double r = work[t];
                double c = capacity[t];
                double start = total;
                if (backlog > 0 && c > r && backlog / (c - r) < 1) {
                    double tau = backlog / (c - r);
                    time[size] = t + tau;
                    done[size] = total + c * tau;
                    size++;
                    total += c * tau + r * (1 - tau);
                    backlog = 0;
                } else if (backlog > 0) {
                    double step = Math.min(c, backlog + r);
                    total += step;
                    backlog = backlog + r - step;
                } else {
                    double step = Math.min(c, r);
                    total += step;
                    backlog = r - step;
                }
                if (backlog < 1e-12) {
                    backlog = 0;
                }
                time[size] = t + 1;
                done[size] = total;
                size++;
                processed[t] = total - start;
            }
            return new Curve(time, done, size, backlogAtStart, processed);
        }
    }

    private static List<ServiceOutcome> outcomes(Plan plan, int[] agents, QueueConfig queue) {
        double[] work = plan.work;
        int n = work.length;
        double[] capacity = new double[n];
        for (int t = 0; t < n; t++) {
            capacity[t] = agents[t];
        }
        Curve c = Curve.of(work, capacity);
        double h = plan.deadlineIntervals;
        List<ServiceOutcome> out = new ArrayList<>(n);
        double arrivedBefore = 0;
        int j = 0; // first curve segment that may overlap the current interval's work
        for (int i = 0; i < n; i++) {
            double occupancy = agents[i] == 0 ? 0 : Math.min(1, c.processed[i] * queue.maxOccupancy() / agents[i]);
            double w = work[i];
            double lo = arrivedBefore;
            double hi = arrivedBefore + w;
            arrivedBefore = hi;
            if (w <= 0) {
                out.add(new ServiceOutcome(0, 1, 0, occupancy, 0));
                continue;
            }
            double answered = 0;
            double inTime = 0;
            double responseIntegral = 0;
            while (j + 1 < c.size && c.done[j + 1] <= lo) {
                j++;
            }
            for (int s = j; s + 1 < c.size && c.done[s] < hi; s++) {
                double x0 = Math.max(lo, c.done[s]);
                double x1 = Math.min(hi, c.done[s + 1]);
                double rise = c.done[s + 1] - c.done[s];
                if (x1 <= x0 || rise <= 0) {
                    continue;
                }
                double slope = (c.time[s + 1] - c.time[s]) / rise;
                double r0 = Math.max(0, c.time[s] + (x0 - c.done[s]) * slope - (i + (x0 - lo) / w));
                double r1 = Math.max(0, c.time[s] + (x1 - c.done[s]) * slope - (i + (x1 - lo) / w));
                double len = x1 - x0;
                answered += len;
                responseIntegral += len * (r0 + r1) / 2;
                inTime += len * fractionAtMost(r0, r1, h + EPS);
            }
            double asa = answered > EPS * w ? responseIntegral / answered * plan.lengthSeconds
                    : Double.POSITIVE_INFINITY;
            out.add(new ServiceOutcome(0, Math.min(1, inTime / w), asa, occupancy, 0));
        }
        return out;
    }

    /** Fraction of a linear segment from {@code r0} to {@code r1} that is at most {@code limit}. */
    private static double fractionAtMost(double r0, double r1, double limit) {
        if (r0 <= limit && r1 <= limit) {
            return 1;
        }
        if (r0 > limit && r1 > limit) {
            return 0;
        }
        double cross = (limit - r0) / (r1 - r0);
        return r0 <= limit ? cross : 1 - cross;
    }
}
