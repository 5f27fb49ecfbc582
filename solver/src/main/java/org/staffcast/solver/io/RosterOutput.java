package org.staffcast.solver.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.staffcast.solver.constraints.RosterWeights;
import org.staffcast.solver.coverage.QueueAssignment;
import org.staffcast.solver.coverage.SkillAllocation;
import org.staffcast.solver.coverage.SkillMix;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.BreakRule;
import org.staffcast.solver.model.IntervalDemand;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.model.Shift;
import org.staffcast.solver.score.RosterScoreCalculator;
import org.staffcast.solver.solve.RosterSolver;

/**
 * Writes a solved roster: JSON with the score and per-rule breakdown, each agent's days (shift and activities:
 * work on a queue, breaks, lunch) and the coverage per queue per interval (required, scheduled, short); CSV with one
 * row per activity.
 * Times are local ISO date-times with the site's UTC offset.
 */
public final class RosterOutput {

    private RosterOutput() {
    }

    /**
     * One activity of an agent: WORK on {@code queue} (null when no queue the agent can serve needs them), BREAK or
     * LUNCH, from {@code start} to {@code end} (elapsed minutes from the horizon start).
     */
    public record Activity(String agent, java.time.LocalDate date, String type, String queue, int start, int end) {}

    /**
     * Which queue each working agent serves in each interval: per interval the optimal allocation
     * ({@link SkillAllocation}), split over skill-set groups by a max flow ({@link QueueAssignment}), then handed to
     * agents, keeping an agent on the queue of their previous interval where the group's share allows it.
     */
    public static Map<AgentDay, int[]> queueAssignment(Roster r) {
        int n = r.intervalCount();
        List<List<AgentDay>> workers = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            workers.add(new ArrayList<>());
        }
        Map<AgentDay, int[]> byDay = new HashMap<>();
        for (AgentDay d : r.getAgentDays()) {
            Shift s = d.getShift();
            if (s == null) {
                continue;
            }
            int[] queueByOffset = new int[s.lengthMinutes() / r.getGridMinutes()];
            Arrays.fill(queueByOffset, -1);
            byDay.put(d, queueByOffset);
            for (int t : s.workedIntervals(d.getBreakPlan(), n)) {
                workers.get(t).add(d);
            }
        }
        int g = r.getGridMinutes();
        for (IntervalDemand demand : r.getIntervalDemands()) {
            int t = demand.interval();
            Map<Integer, List<AgentDay>> groups = new LinkedHashMap<>();
            for (AgentDay d : workers.get(t)) {
                groups.computeIfAbsent(d.getAgent().queueMask(), k -> new ArrayList<>()).add(d);
            }
            int[] masks = groups.keySet().stream().mapToInt(Integer::intValue).toArray();
            int[] counts = groups.values().stream().mapToInt(List::size).toArray();
            SkillAllocation.Result alloc = SkillAllocation.allocate(masks, counts, masks.length, demand.required(),
                    demand.priority());
            int[][] flow = QueueAssignment.flows(masks, counts, alloc.served());
            int k = 0;
            for (List<AgentDay> members : groups.values()) {
                int[] slots = flow[k++].clone();
                List<AgentDay> rest = new ArrayList<>();
                for (AgentDay d : members) {
                    int offset = t - d.getShift().startMinute() / g;
                    int previous = offset > 0 ? byDay.get(d)[offset - 1] : -1;
                    if (previous >= 0 && slots[previous] > 0) {
                        slots[previous]--;
                        byDay.get(d)[offset] = previous;
                    } else {
                        rest.add(d);
                    }
                }
                int q = 0;
                for (AgentDay d : rest) {
                    while (q < slots.length && slots[q] == 0) {
                        q++;
                    }
                    if (q == slots.length) {
                        break;
                    }
                    slots[q]--;
                    byDay.get(d)[t - d.getShift().startMinute() / g] = q;
                }
            }
        }
        return byDay;
    }

    /** The day's activities: work split where the queue changes, breaks and lunches. */
    public static List<Activity> activities(AgentDay d, int[] queueByOffset, Roster r) {
        List<Activity> out = new ArrayList<>();
        Shift s = d.getShift();
        if (s == null) {
            return out;
        }
        int g = r.getGridMinutes();
        String agent = d.getAgent().id();
        int cursor = s.startMinute();
        List<int[]> breaks = s.breaks(d.getBreakPlan());
        int b = 0;
        while (cursor < s.endMinute()) {
            if (b < breaks.size() && breaks.get(b)[0] <= cursor) {
                int[] br = breaks.get(b++);
                int end = br[0] + br[1];
                if (end > cursor) {
                    out.add(new Activity(agent, d.getDate(), BreakRule.Kind.values()[br[2]].name(), null, cursor, end));
                    cursor = end;
                }
                continue;
            }
            int limit = b < breaks.size() ? Math.min(breaks.get(b)[0], s.endMinute()) : s.endMinute();
            int from = cursor;
            int queue = queueAt(queueByOffset, (cursor - s.startMinute()) / g);
            while (cursor < limit && queueAt(queueByOffset, (cursor - s.startMinute()) / g) == queue) {
                cursor += g;
            }
            out.add(new Activity(agent, d.getDate(), "WORK", queue < 0 ? null : r.getQueueIds().get(queue), from,
                    cursor));
        }
        return out;
    }

    private static int queueAt(int[] queueByOffset, int offset) {
        return queueByOffset == null || offset >= queueByOffset.length ? -1 : queueByOffset[offset];
    }

    /** Agents required and scheduled (allocated by skill, on no break) for one queue in one interval of the horizon. */
    public record Coverage(String queue, int interval, int required, int scheduled, int shortfall) {}

    /**
     * Coverage of every queue interval that has a requirement or scheduled agents, allocating the agents working in
     * each interval to queues by {@link SkillMix} exactly as the score does.
     */
    public static List<Coverage> coverage(Roster r) {
        int n = r.intervalCount();
        int[][] counts = new int[n][1 << r.getQueueIds().size()];
        for (AgentDay d : r.getAgentDays()) {
            if (d.getShift() != null) {
                for (int t : d.getShift().workedIntervals(d.getBreakPlan(), n)) {
                    counts[t][d.getAgent().queueMask()]++;
                }
            }
        }
        List<Coverage> out = new ArrayList<>();
        for (IntervalDemand demand : r.getIntervalDemands()) {
            SkillAllocation.Result alloc = SkillMix.ofCounts(counts[demand.interval()])
                    .allocate(demand.required(), demand.priority());
            for (int q = 0; q < r.getQueueIds().size(); q++) {
                if (demand.required()[q] == 0 && alloc.served()[q] == 0) {
                    continue;
                }
                out.add(new Coverage(r.getQueueIds().get(q), demand.interval(), demand.required()[q], alloc.served()[q],
                        alloc.shortage()[q]));
            }
        }
        return out;
    }

    public static void writeJson(RosterSolver.Result result, Path file) {
        Roster r = result.roster();
        var mapper = ProblemJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("site", r.getSiteName());
        root.put("timeZone", r.getZone().getId());
        root.put("horizonStart", r.getHorizonStart().toString());
        root.put("days", r.getDays());
        root.put("score", String.valueOf(result.score()));
        root.put("hard", result.score().hardScore());
        root.put("soft", result.score().softScore());
        root.put("feasible", result.score().isFeasible());
        root.put("shortfallAgentHours", result.shortfallAgentHours());
        root.put("lowerBoundAgentHours", result.lowerBoundAgentHours());
        root.put("seconds", result.seconds());
        var breakdown = RosterScoreCalculator.breakdown(r);
        ArrayNode rules = root.putArray("rules");
        for (RosterWeights w : RosterWeights.values()) {
            ObjectNode n = rules.addObject();
            n.put("rule", w.id());
            n.put("level", w.hard() ? "hard" : "soft");
            n.put("matchWeight", breakdown.matches().get(w));
            var weight = w.effective(r.getConstraintWeightOverrides());
            n.put("penalty", breakdown.matches().get(w) * (w.hard() ? weight.hardScore() : weight.softScore()));
        }
        java.util.Map<String, Integer> paidByAgent = new java.util.HashMap<>();
        for (AgentDay d : r.getAgentDays()) {
            paidByAgent.merge(d.getAgent().id(), d.paidMinutes(), Integer::sum);
        }
        Map<AgentDay, int[]> assignment = queueAssignment(r);
        ArrayNode agents = root.putArray("agents");
        String currentAgent = null;
        ArrayNode days = null;
        for (AgentDay d : r.getAgentDays()) {
            if (!d.getAgent().id().equals(currentAgent)) {
                currentAgent = d.getAgent().id();
                ObjectNode a = agents.addObject();
                a.put("id", d.getAgent().id());
                a.put("name", d.getAgent().name());
                a.put("team", d.getAgent().team());
                a.put("paidMinutes", paidByAgent.get(d.getAgent().id()));
                days = a.putArray("days");
            }
            Shift s = d.getShift();
            if (s == null) {
                continue;
            }
            ObjectNode day = days.addObject();
            day.put("date", d.getDate().toString());
            day.put("template", s.template().id());
            day.put("start", local(r, s.startMinute()));
            day.put("end", local(r, s.endMinute()));
            day.put("paidMinutes", s.paidMinutes());
            day.put("pinned", d.isPinned());
            ArrayNode acts = day.putArray("activities");
            for (Activity act : activities(d, assignment.get(d), r)) {
                ObjectNode n = acts.addObject();
                n.put("type", act.type());
                if (act.type().equals("WORK")) {
                    n.put("queue", act.queue());
                }
                n.put("start", local(r, act.start()));
                n.put("end", local(r, act.end()));
            }
        }
        ArrayNode coverage = root.putArray("coverage");
        for (Coverage c : coverage(r)) {
            ObjectNode n = coverage.addObject();
            n.put("queue", c.queue());
            n.put("intervalStart", local(r, c.interval() * r.getGridMinutes()));
            n.put("required", c.required());
            n.put("scheduled", c.scheduled());
            n.put("short", c.shortfall());
        }
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void writeCsv(Roster r, Path file) {
        Map<AgentDay, int[]> assignment = queueAssignment(r);
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("agent,date,template,activity,queue,start,end\n");
            for (AgentDay d : r.getAgentDays()) {
                for (Activity a : activities(d, assignment.get(d), r)) {
                    w.write(a.agent() + "," + a.date() + "," + d.getShift().template().id() + "," + a.type() + ","
                            + (a.queue() == null ? "" : a.queue()) + "," + local(r, a.start()) + "," + local(r, a.end())
                            + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String local(Roster r, int minute) {
        Instant i = r.instantOf(minute);
        return OffsetDateTime.ofInstant(i, r.getZone()).toString();
    }
}
