package org.staffcast.forecasting.staffing;

import java.util.ArrayList;
import java.util.List;

/**
 * Deferred work (email, back office): items wait in a backlog and each must be answered within {@code H} hours
 * of its arrival.
 *
 * <p>Backlog model (fluid, intervals of length L, {@code D = floor(H / L)} intervals per deadline):
 * <ul>
 *   <li>the work of interval i is {@code w_i = volume_i * AHT_i / (L * maxOccupancy)} agent-intervals (an agent is
 *       productive {@code maxOccupancy} of its time), arriving evenly through the interval;</li>
 *   <li>it may be worked in intervals {@code i .. i+D-1}: the earliest item of interval i arrives at its start and
 *       is due {@code H} later, at the end of interval {@code i+D-1}, so that deadline is safe for every item of
 *       the interval. Deadlines beyond the last interval are moved to its end (the horizon's work is done inside
 *       the horizon);</li>
 *   <li>the smallest constant capacity meeting every deadline is the largest density over release–deadline
 *       windows, {@code P* = max_{a <= k} sum_{i=a..k} w_i / (d_k - a + 1)}, with {@code d_k} the last interval
 *       allowed for interval k (the classical feasibility condition for preemptive scheduling with release times and
 *       deadlines: Horn, "Some simple scheduling algorithms", Naval Research Logistics Quarterly 21(1), 1974); no
 *       schedule has a smaller peak, since the work of the densest window must fit in it;</li>
 *   <li>agents per interval: earliest-deadline-first (here first-in-first-out, as deadlines are in arrival order),
 *       working as soon as work is there, capped at the peak {@code N = ceil(P*)}:
 *       {@code processed_t = min(N, backlog_{t-1} + w_t)}, {@code agents_t = ceil(processed_t)}. EDF at constant
 *       capacity {@code N >= P*} meets every deadline, so the peak is the smallest possible and no item is late.</li>
 * </ul>
 * The projected response time of each item follows from the cumulative arrival and completion curves (both
 * piecewise linear, FIFO): an item at cumulative work x arrives at {@code A^{-1}(x)} and is done at
 * {@code C^{-1}(x)}.
 */
public final class DeferredWork {

    /** Points per interval at which the response time of the interval's work is sampled (midpoint rule). */
    private static final int SAMPLES = 32;

    private DeferredWork() {
    }

    /**
     * Smallest constant capacity (agent-intervals per interval, fractional) that answers every item in time:
     * {@code P*} above.
     *
     * @param work          {@code w_i}, agent-intervals of work arriving in interval i
     * @param deadlineSlots D, intervals an item may wait (>= 1)
     */
    public static double minimumPeak(double[] work, int deadlineSlots) {
        if (deadlineSlots < 1) {
            throw new IllegalArgumentException("deadline of " + deadlineSlots + " intervals is below 1");
        }
        int n = work.length;
        double peak = 0;
        for (int a = 0; a < n; a++) {
            double sum = 0;
            for (int k = a; k < n; k++) {
                sum += work[k];
                int last = Math.min(n - 1, k + deadlineSlots - 1);
                peak = Math.max(peak, sum / (last - a + 1));
            }
        }
        return peak;
    }

    /**
     * Productive agents per interval: EDF as soon as work arrives, capped at {@code ceil(minimumPeak)}.
     */
    public static int[] agents(double[] work, int deadlineSlots) {
        double peak = minimumPeak(work, deadlineSlots);
        int cap = (int) Math.ceil(peak - 1e-9);
        double[] processed = process(work, constant(work.length, cap));
        int[] agents = new int[work.length];
        for (int t = 0; t < work.length; t++) {
            agents[t] = (int) Math.ceil(processed[t] - 1e-9);
        }
        return agents;
    }

    static List<StaffingRequirement> requirements(List<IntervalDemand> demand, QueueConfig queue) {
        if (demand.isEmpty()) {
            return List.of();
        }
        Plan plan = plan(demand, queue);
        int[] agents = agents(plan.work, plan.deadlineSlots);
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

    private record Plan(double[] work, int deadlineSlots, double lengthSeconds, double deadlineSeconds) {
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
        int slots = (int) Math.floor(rt.seconds() / length + 1e-9);
        if (slots < 1) {
            throw new IllegalArgumentException("queue " + queue.name() + ": respondWithinHours " + rt.hours()
                    + " is shorter than one interval (" + (length / 60) + " minutes)");
        }
        return new Plan(work, slots, length, rt.seconds());
    }

    private static double[] constant(int n, double value) {
        double[] c = new double[n];
        java.util.Arrays.fill(c, value);
        return c;
    }

    /** FIFO processing: {@code processed_t = min(capacity_t, backlog + w_t)}. */
    private static double[] process(double[] work, double[] capacity) {
        double[] processed = new double[work.length];
        double backlog = 0;
        for (int t = 0; t < work.length; t++) {
            double available = backlog + work[t];
            processed[t] = Math.min(capacity[t], available);
            backlog = available - processed[t];
            if (backlog < 1e-12) {
                backlog = 0;
            }
        }
        return processed;
    }

    private static List<ServiceOutcome> outcomes(Plan plan, int[] agents, QueueConfig queue) {
        double[] work = plan.work;
        int n = work.length;
        double[] capacity = new double[n];
        for (int t = 0; t < n; t++) {
            capacity[t] = agents[t];
        }
        double[] processed = process(work, capacity);
        // cumulative curves at interval boundaries, in agent-intervals
        double[] arrived = new double[n + 1];
        double[] done = new double[n + 1];
        for (int t = 0; t < n; t++) {
            arrived[t + 1] = arrived[t] + work[t];
            done[t + 1] = done[t] + processed[t];
        }
        double deadlineIntervals = plan.deadlineSeconds / plan.lengthSeconds;
        List<ServiceOutcome> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double occupancy = agents[i] == 0 ? 0 : Math.min(1, processed[i] * queue.maxOccupancy() / agents[i]);
            if (work[i] <= 0) {
                out.add(new ServiceOutcome(0, 1, 0, occupancy, 0));
                continue;
            }
            int inTime = 0;
            int answered = 0;
            double responseSum = 0;
            for (int s = 0; s < SAMPLES; s++) {
                double x = arrived[i] + work[i] * (s + 0.5) / SAMPLES;
                double arrival = i + (s + 0.5) / SAMPLES; // A^{-1}(x): even arrivals inside interval i
                double completion = inverse(done, x);
                if (Double.isInfinite(completion)) {
                    continue;
                }
                double response = Math.max(0, completion - arrival);
                answered++;
                responseSum += response;
                if (response <= deadlineIntervals + 1e-9) {
                    inTime++;
                }
            }
            double meanResponse = answered == 0 ? Double.POSITIVE_INFINITY
                    : responseSum / answered * plan.lengthSeconds;
            out.add(new ServiceOutcome(0, (double) inTime / SAMPLES, meanResponse, occupancy, 0));
        }
        return out;
    }

    /** First time (in intervals) at which the piecewise-linear cumulative curve reaches x; infinite if never. */
    private static double inverse(double[] cumulative, double x) {
        int n = cumulative.length - 1;
        if (cumulative[n] < x - 1e-9) {
            return Double.POSITIVE_INFINITY;
        }
        int lo = 0;
        int hi = n; // cumulative[hi] >= x
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= x) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double rise = cumulative[hi] - cumulative[hi - 1];
        double frac = rise <= 0 ? 1 : Math.min(1, Math.max(0, (x - cumulative[hi - 1]) / rise));
        return hi - 1 + frac;
    }
}
