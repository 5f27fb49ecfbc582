package org.staffcast.solver.bound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.IntervalDemand;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.model.Shift;

/**
 * A lower bound on the coverage shortfall of any roster of a problem, from the LP relaxation of shift covering.
 *
 * <p>Variables: {@code x_s ≥ 0} agents working shift pattern {@code s} (every distinct start and length any agent
 * may work), {@code u_t ≥ 0} agents short in interval {@code t}. With {@code R_t = Σ_q r_{t,q}} (all queues together)
 * and {@code w_s} the intervals of {@code s} not on break:
 * <pre>
 *   minimise Σ_t u_t
 *   Σ_{s ∋ t} x_s + u_t ≥ R_t                 every interval t with demand (an agent serves one queue at a time)
 *   Σ_t (R_t − u_t) ≤ Σ_s w_s x_s            breaks: covered agent-intervals need worked agent-intervals
 *   Σ_{s on day d} x_s ≤ A_d                  agents who may work on day d
 *   Σ_s x_s ≤ Σ_a min(maxDays_a, days available to a)
 *   Σ_s paid_s x_s ≤ Σ_a maxPaidMinutes_a
 * </pre>
 * Every roster gives a feasible point (x = shifts worked, u = total shortage per interval, which is at least
 * {@code R_t} minus the agents working), so the optimum, rounded up, is a lower bound on the shortage. It ignores
 * skills, per-agent rules and break positions, so it is optimistic; the gap to the solver's shortfall is therefore an
 * upper limit on how much better the roster could be. Solved with Commons Math's {@link SimplexSolver}.
 */
public final class CoverageLowerBound {

    private CoverageLowerBound() {
    }

    /** The bound in agent-hours. */
    public static double agentHours(Roster roster) {
        return agentIntervals(roster) * roster.getGridMinutes() / 60.0;
    }

    /**
     * The bound in agent-intervals: the larger of the LP over all queues and the sum of the LPs of each queue alone
     * (shortages of different queues add up, and only agents with a queue's skill can serve it, so
     * {@code Σ_q LP({q})} is valid too and sees a skill that is scarce).
     */
    public static long agentIntervals(Roster roster) {
        int nq = roster.getQueueIds().size();
        long all = agentIntervals(roster, (1 << nq) - 1);
        if (nq == 1) {
            return all;
        }
        long perQueue = 0;
        for (int q = 0; q < nq; q++) {
            perQueue += agentIntervals(roster, 1 << q);
        }
        return Math.max(all, perQueue);
    }

    /** The LP bound for the queues in {@code queues} (bit mask), served only by agents with one of their skills. */
    static long agentIntervals(Roster roster, int queues) {
        int n = roster.intervalCount();
        long[] demand = new long[n];
        long totalDemand = 0;
        for (IntervalDemand d : roster.getIntervalDemands()) {
            for (int q = 0; q < d.required().length; q++) {
                if ((queues & (1 << q)) != 0) {
                    demand[d.interval()] += d.required()[q];
                }
            }
            totalDemand += demand[d.interval()];
        }
        if (totalDemand == 0) {
            return 0;
        }
        // distinct patterns (start, length): most worked intervals, least paid minutes among equal ones
        Map<Long, Pattern> patterns = new HashMap<>();
        int days = roster.getDays();
        int[] agentsPerDay = new int[days];
        Map<String, Integer> availableDays = new HashMap<>();
        for (AgentDay d : roster.getAgentDays()) {
            if ((d.getAgent().queueMask() & queues) == 0) {
                continue;
            }
            List<Shift> options = new ArrayList<>(d.getShiftRange());
            if (d.isPinned() && d.getShift() != null) {
                options.add(d.getShift());
            }
            if (!options.isEmpty()) {
                agentsPerDay[d.getDay()]++;
                availableDays.merge(d.getAgent().id(), 1, Integer::sum);
            }
            for (Shift s : options) {
                long key = ((long) s.startMinute() << 20) | s.lengthMinutes();
                int worked = maxWorked(s, roster);
                Pattern p = patterns.get(key);
                if (p == null) {
                    patterns.put(key, new Pattern(s, d.getDay(), worked, s.paidMinutes()));
                } else {
                    patterns.put(key, new Pattern(p.shift, p.day, Math.max(worked, p.worked), Math.min(p.paid, s.paidMinutes())));
                }
            }
        }
        long maxDays = 0;
        long maxMinutes = 0;
        Set<String> seen = new HashSet<>();
        for (var a : roster.getAgents()) {
            if ((a.queueMask() & queues) != 0 && seen.add(a.id())) {
                maxDays += Math.min(a.contract().maxDays(), availableDays.getOrDefault(a.id(), 0));
                maxMinutes += a.contract().maxMinutes();
            }
        }
        List<Pattern> ps = new ArrayList<>(patterns.values());
        List<Integer> demandIntervals = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            if (demand[t] > 0) {
                demandIntervals.add(t);
            }
        }
        int nx = ps.size();
        int nu = demandIntervals.size();
        int nv = nx + nu;
        double[] objective = new double[nv];
        for (int k = 0; k < nu; k++) {
            objective[nx + k] = 1;
        }
        List<LinearConstraint> cons = new ArrayList<>();
        int g = roster.getGridMinutes();
        for (int k = 0; k < nu; k++) {
            int t = demandIntervals.get(k);
            double[] row = new double[nv];
            for (int i = 0; i < nx; i++) {
                Shift s = ps.get(i).shift;
                int first = s.startMinute() / g;
                if (t >= first && t < first + s.lengthMinutes() / g) {
                    row[i] = 1;
                }
            }
            row[nx + k] = 1;
            cons.add(new LinearConstraint(row, Relationship.GEQ, demand[t]));
        }
        // breaks: Σ_s w_s x_s + Σ_t u_t ≥ Σ_t R_t
        double[] breaks = new double[nv];
        for (int i = 0; i < nx; i++) {
            breaks[i] = ps.get(i).worked;
        }
        for (int k = 0; k < nu; k++) {
            breaks[nx + k] = 1;
        }
        cons.add(new LinearConstraint(breaks, Relationship.GEQ, totalDemand));
        for (int d = 0; d < days; d++) {
            double[] row = new double[nv];
            boolean any = false;
            for (int i = 0; i < nx; i++) {
                if (ps.get(i).day == d) {
                    row[i] = 1;
                    any = true;
                }
            }
            if (any) {
                cons.add(new LinearConstraint(row, Relationship.LEQ, agentsPerDay[d]));
            }
        }
        double[] all = new double[nv];
        double[] paid = new double[nv];
        for (int i = 0; i < nx; i++) {
            all[i] = 1;
            paid[i] = ps.get(i).paid;
        }
        cons.add(new LinearConstraint(all, Relationship.LEQ, maxDays));
        cons.add(new LinearConstraint(paid, Relationship.LEQ, maxMinutes));
        if (nx == 0) {
            return totalDemand;
        }
        PointValuePair opt = new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(1_000_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(cons), GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
        return (long) Math.ceil(opt.getValue() - 1e-6);
    }

    /** Intervals of the shift inside the horizon that can be off break (length minus all break minutes). */
    private static int maxWorked(Shift s, Roster roster) {
        int breakMinutes = 0;
        for (int i = 0; i < s.breakCount(); i++) {
            breakMinutes += s.breakRule(i).minutes();
        }
        int g = roster.getGridMinutes();
        int first = s.startMinute() / g;
        int inside = Math.min(first + s.lengthMinutes() / g, roster.intervalCount()) - Math.max(first, 0);
        return Math.max(0, Math.min(inside, (s.lengthMinutes() - breakMinutes) / g));
    }

    private record Pattern(Shift shift, int day, int worked, int paid) {}
}
