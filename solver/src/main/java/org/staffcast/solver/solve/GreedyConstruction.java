package org.staffcast.solver.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.staffcast.solver.model.Agent;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.ContractRules;
import org.staffcast.solver.model.IntervalDemand;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.model.Shift;

/**
 * A fast construction heuristic for rosters, in plain Java (Timefold's generic one evaluates every value of every
 * agent-day through the full score and takes minutes at 2,000 agents).
 *
 * <p>Agents are taken scarcest skill first. Each gets {@code min(maxDays, available days)} working days, the days
 * off forming one block placed where the remaining demand is lowest (so consecutive-day and days-off rules hold in
 * the common contracts). Day by day it then picks the shift that covers the most remaining demand
 * ({@code Σ_t Σ_q p_q·max(0, residual_{t,q})} over the worked intervals of the queues the agent can serve), among
 * shifts that keep minimum rest and allowed successions after the previous day and keep the week's paid minutes
 * reachable within the contract's minimum and maximum; each worked interval then takes one agent off the
 * residual of the queue with the largest weighted residual. Pinned days are kept. Local search repairs what this
 * leaves.
 */
public final class GreedyConstruction {

    private GreedyConstruction() {
    }

    public static void construct(Roster roster, long seed) {
        int n = roster.intervalCount();
        int nq = roster.getQueueIds().size();
        int[] priority = roster.getQueuePriorities();
        int[][] residual = new int[n][nq];
        for (IntervalDemand d : roster.getIntervalDemands()) {
            residual[d.interval()] = d.required().clone();
        }
        Map<Agent, AgentDay[]> byAgent = new HashMap<>();
        for (AgentDay d : roster.getAgentDays()) {
            byAgent.computeIfAbsent(d.getAgent(), a -> new AgentDay[roster.getDays()])[d.getDay()] = d;
        }
        // pinned shifts cover demand first
        for (AgentDay d : roster.getAgentDays()) {
            if (d.isPinned() && d.getShift() != null) {
                take(d.getShift(), d, residual, priority, n);
            }
        }
        List<Agent> agents = new ArrayList<>(byAgent.keySet());
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = agents.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Agent t = agents.get(i);
            agents.set(i, agents.get(j));
            agents.set(j, t);
        }
        agents.sort(Comparator.comparingInt(a -> Integer.bitCount(a.queueMask())));
        for (Agent a : agents) {
            assign(a, byAgent.get(a), residual, priority, n, roster.getDays(), roster.getGridMinutes());
        }
    }

    private static void assign(Agent a, AgentDay[] days, int[][] residual, int[] priority, int n, int horizon, int g) {
        ContractRules c = a.contract();
        boolean[] canWork = new boolean[horizon];
        int available = 0;
        int pinnedWork = 0;
        int pinnedPaid = 0;
        for (int d = 0; d < horizon; d++) {
            if (days[d] == null) {
                continue;
            }
            if (days[d].isPinned()) {
                if (days[d].getShift() != null) {
                    pinnedWork++;
                    pinnedPaid += days[d].getShift().paidMinutes();
                }
                continue;
            }
            days[d].setShift(null);
            if (!days[d].getShiftRange().isEmpty()) {
                canWork[d] = true;
                available++;
            }
        }
        int want = Math.max(0, Math.min(c.maxDays() - pinnedWork, available));
        boolean[] work = chooseDays(canWork, want, days, residual, priority, a.queueMask(), n, g);
        int remaining = 0;
        for (boolean w : work) {
            remaining += w ? 1 : 0;
        }
        int paid = pinnedPaid;
        Shift previous = null;
        for (int d = 0; d < horizon; d++) {
            AgentDay day = days[d];
            if (day == null) {
                previous = null;
                continue;
            }
            if (day.isPinned()) {
                previous = day.getShift();
                continue;
            }
            if (!work[d]) {
                previous = null;
                continue;
            }
            remaining--;
            Shift best = null;
            long bestValue = Long.MIN_VALUE;
            int minPaid = Integer.MAX_VALUE;
            int maxPaid = 0;
            for (Shift s : day.getShiftRange()) {
                minPaid = Math.min(minPaid, s.paidMinutes());
                maxPaid = Math.max(maxPaid, s.paidMinutes());
            }
            for (Shift s : day.getShiftRange()) {
                if (previous != null && (s.startMinute() - previous.endMinute() < c.minRestMinutes()
                        || c.forbids(previous.template(), s.template()))) {
                    continue;
                }
                int after = paid + s.paidMinutes();
                if (after + (long) remaining * minPaid > c.maxMinutes()
                        || after + (long) remaining * maxPaid < c.minMinutes()) {
                    continue;
                }
                long value = value(s, day, residual, priority, n) * 64 - Math.abs(s.paidMinutes() - 450) / 15;
                if (value > bestValue) {
                    bestValue = value;
                    best = s;
                }
            }
            if (best == null) {
                previous = null;
                continue;
            }
            day.setShift(best);
            paid += best.paidMinutes();
            take(best, day, residual, priority, n);
            previous = best;
        }
    }

    /** Days to work: the days off form one block where the remaining demand the agent could serve is lowest. */
    private static boolean[] chooseDays(boolean[] canWork, int want, AgentDay[] days, int[][] residual, int[] priority,
                                        int mask, int n, int g) {
        int h = canWork.length;
        long[] dayValue = new long[h];
        for (int d = 0; d < h; d++) {
            if (canWork[d] && days[d] != null && !days[d].getShiftRange().isEmpty()) {
                dayValue[d] = dayDemand(days[d], residual, priority, mask, n, g);
            }
        }
        boolean[] best = null;
        long bestValue = Long.MIN_VALUE;
        int off = h - want;
        for (int start = 0; start + off <= h; start++) {
            boolean[] work = new boolean[h];
            int count = 0;
            long value = 0;
            for (int d = 0; d < h; d++) {
                boolean inBlock = d >= start && d < start + off;
                if (!inBlock && canWork[d]) {
                    work[d] = true;
                    count++;
                    value += dayValue[d];
                }
            }
            if (count >= want && value > bestValue) {
                bestValue = value;
                best = work;
            }
        }
        if (best == null) {
            // unavailable days break the block: take the best available days
            best = new boolean[h];
            List<Integer> order = new ArrayList<>();
            for (int d = 0; d < h; d++) {
                if (canWork[d]) {
                    order.add(d);
                }
            }
            order.sort(Comparator.comparingLong((Integer d) -> -dayValue[d]));
            for (int k = 0; k < Math.min(want, order.size()); k++) {
                best[order.get(k)] = true;
            }
        }
        return best;
    }

    /** Weighted remaining demand the agent could serve between the day's earliest start and latest end. */
    private static long dayDemand(AgentDay day, int[][] residual, int[] priority, int mask, int n, int g) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (Shift s : day.getShiftRange()) {
            from = Math.min(from, s.startMinute());
            to = Math.max(to, s.endMinute());
        }
        long v = 0;
        for (int t = Math.max(0, from / g); t < Math.min(n, to / g); t++) {
            for (int q = 0; q < residual[t].length; q++) {
                if ((mask & (1 << q)) != 0 && residual[t][q] > 0) {
                    v += (long) priority[q] * residual[t][q];
                }
            }
        }
        return v;
    }

    private static long value(Shift s, AgentDay day, int[][] residual, int[] priority, int n) {
        int mask = day.getAgent().queueMask();
        long v = 0;
        for (int t : s.workedIntervals(day.getBreakPlan(), n)) {
            long best = 0;
            for (int q = 0; q < residual[t].length; q++) {
                if ((mask & (1 << q)) != 0 && residual[t][q] > 0) {
                    best = Math.max(best, (long) priority[q] * (2L * residual[t][q] - 1));
                }
            }
            v += best;
        }
        return v;
    }

    private static void take(Shift s, AgentDay day, int[][] residual, int[] priority, int n) {
        int mask = day.getAgent().queueMask();
        for (int t : s.workedIntervals(day.getBreakPlan(), n)) {
            int bestQ = -1;
            long best = 0;
            for (int q = 0; q < residual[t].length; q++) {
                if ((mask & (1 << q)) != 0 && residual[t][q] > 0) {
                    long v = (long) priority[q] * (2L * residual[t][q] - 1);
                    if (v > best) {
                        best = v;
                        bestQ = q;
                    }
                }
            }
            if (bestQ >= 0) {
                residual[t][bestQ]--;
            }
        }
    }
}
