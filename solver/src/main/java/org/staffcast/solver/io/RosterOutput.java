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
import java.util.List;
import org.staffcast.solver.constraints.RosterWeights;
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
 * Writes a solved roster: JSON with the score and per-rule breakdown, each agent's days (shift, breaks, activities)
 * and the coverage per queue per interval (required, staffed, short); CSV with one row per activity.
 * Times are local ISO date-times with the site's UTC offset.
 */
public final class RosterOutput {

    private RosterOutput() {
    }

    /** One activity of an agent: WORK, BREAK or LUNCH from {@code start} to {@code end} (elapsed minutes). */
    public record Activity(String agent, java.time.LocalDate date, String type, int start, int end) {}

    public static List<Activity> activities(AgentDay d) {
        List<Activity> out = new ArrayList<>();
        Shift s = d.getShift();
        if (s == null) {
            return out;
        }
        int cursor = s.startMinute();
        for (int[] b : s.breaks(d.getBreakPlan())) {
            if (b[0] > cursor) {
                out.add(new Activity(d.getAgent().id(), d.getDate(), "WORK", cursor, b[0]));
            }
            int end = Math.max(cursor, b[0] + b[1]);
            out.add(new Activity(d.getAgent().id(), d.getDate(), BreakRule.Kind.values()[b[2]].name(), Math.max(cursor, b[0]), end));
            cursor = end;
        }
        if (cursor < s.endMinute()) {
            out.add(new Activity(d.getAgent().id(), d.getDate(), "WORK", cursor, s.endMinute()));
        }
        return out;
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
            for (Activity act : activities(d)) {
                ObjectNode n = acts.addObject();
                n.put("type", act.type());
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
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("agent,date,template,activity,start,end\n");
            for (AgentDay d : r.getAgentDays()) {
                for (Activity a : activities(d)) {
                    w.write(a.agent() + "," + a.date() + "," + d.getShift().template().id() + "," + a.type() + ","
                            + local(r, a.start()) + "," + local(r, a.end()) + "\n");
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
