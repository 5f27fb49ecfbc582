package org.staffcast.solver.io;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.solver.constraints.RosterWeights;
import org.staffcast.solver.coverage.SkillAllocation;
import org.staffcast.solver.model.Agent;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.BreakPlan;
import org.staffcast.solver.model.BreakRule;
import org.staffcast.solver.model.ContractRules;
import org.staffcast.solver.model.IntervalDemand;
import org.staffcast.solver.model.Problem;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.model.Shift;
import org.staffcast.solver.model.Template;

/**
 * Checks a {@link Problem} (every reference, every time, every limit) and builds the planning model: one
 * {@link AgentDay} per agent per day with the shifts the agent may work that day, and one {@link IntervalDemand}
 * per grid interval. Errors are {@link ProblemException}s that name the field, e.g.
 * {@code agents[3].contract: unknown contract 'fulltime'}.
 */
public final class RosterFactory {

    private static final BreakPlan MIDDLE = BreakPlan.all().get(0);
    private final Problem p;
    private ZoneId zone;
    private IntervalGrid grid;
    private int g;
    private LocalDate start;
    private int days;
    private Instant origin;
    private final Map<String, Integer> queueIndex = new LinkedHashMap<>();
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final Map<String, Problem.TemplateSpec> templateSpecs = new HashMap<>();
    private final Map<String, ContractRules> contracts = new HashMap<>();
    private final Map<String, List<String>> contractTemplates = new HashMap<>();
    private final Map<String, Shift> shiftCache = new HashMap<>();

    private RosterFactory(Problem p) {
        this.p = p;
    }

    public static Roster build(Problem problem) {
        return new RosterFactory(problem).build();
    }

    private Roster build() {
        site();
        Set<String> skills = new HashSet<>();
        for (int i = 0; i < p.skills().size(); i++) {
            if (!skills.add(p.skills().get(i))) {
                throw err("skills[" + i + "]: duplicate skill '" + p.skills().get(i) + "'");
            }
        }
        List<String> queueIds = new ArrayList<>();
        int[] priorities = new int[p.queues().size()];
        int[] queueSkillIndex = new int[p.queues().size()];
        List<String> queueSkills = new ArrayList<>();
        if (p.queues().isEmpty()) {
            throw err("queues: at least one queue is needed");
        }
        if (p.queues().size() > SkillAllocation.MAX_QUEUES) {
            throw err("queues: at most " + SkillAllocation.MAX_QUEUES + " queues per problem, not " + p.queues().size());
        }
        for (int i = 0; i < p.queues().size(); i++) {
            Problem.QueueSpec q = p.queues().get(i);
            String at = "queues[" + i + "]";
            require(q.id(), at + ".id");
            if (queueIndex.put(q.id(), i) != null) {
                throw err(at + ".id: duplicate queue '" + q.id() + "'");
            }
            if (q.channel() != null && !Set.of("VOICE", "CHAT", "EMAIL", "BACKOFFICE").contains(q.channel())) {
                throw err(at + ".channel: '" + q.channel() + "' is not VOICE, CHAT, EMAIL or BACKOFFICE");
            }
            if (!skills.contains(q.skill())) {
                throw err(at + ".skill: unknown skill '" + q.skill() + "'");
            }
            if (q.priority() < 1 || q.priority() > 1000) {
                throw err(at + ".priority: must be 1..1000, not " + q.priority());
            }
            queueIds.add(q.id());
            priorities[i] = q.priority();
            queueSkills.add(q.skill());
            queueSkillIndex[i] = i;
        }
        templates();
        contracts();
        List<Agent> agents = new ArrayList<>();
        List<AgentDay> agentDays = new ArrayList<>();
        Map<String, Agent> agentById = new HashMap<>();
        Map<String, List<AgentDay>> daysByAgent = new HashMap<>();
        int intervalCount = grid.intervalCount(new Horizon(start, days));
        for (int i = 0; i < p.agents().size(); i++) {
            Problem.AgentSpec a = p.agents().get(i);
            String at = "agents[" + i + "]";
            require(a.id(), at + ".id");
            if (agentById.containsKey(a.id())) {
                throw err(at + ".id: duplicate agent '" + a.id() + "'");
            }
            ContractRules contract = contracts.get(a.contract());
            if (contract == null) {
                throw err(at + ".contract: unknown contract '" + a.contract() + "'");
            }
            int mask = 0;
            for (int k = 0; k < a.skills().size(); k++) {
                Problem.SkillLevel s = a.skills().get(k);
                if (s == null || !skills.contains(s.skill())) {
                    throw err(at + ".skills[" + k + "]: unknown skill '" + (s == null ? null : s.skill()) + "'");
                }
                if (s.proficiency() < 0 || s.proficiency() > 1) {
                    throw err(at + ".skills[" + k + "].proficiency: must be 0..1, not " + s.proficiency());
                }
                for (int q = 0; q < queueSkills.size(); q++) {
                    if (queueSkills.get(q).equals(s.skill()) && s.proficiency() > 0) {
                        mask |= 1 << q;
                    }
                }
            }
            List<int[]> unavailable = unavailable(a, at);
            contract = creditTimeOff(contract, a, p.contracts().stream()
                    .filter(c -> c.id().equals(a.contract())).findFirst().orElseThrow());
            Set<Integer> requests = new HashSet<>();
            int prefFrom = -1;
            int prefTo = -1;
            if (a.preferences() != null) {
                List<String> req = a.preferences().daysOffRequested();
                for (int k = 0; k < req.size(); k++) {
                    LocalDate d = date(req.get(k), at + ".preferences.daysOffRequested[" + k + "]");
                    if (!d.isBefore(start) && d.isBefore(start.plusDays(days))) {
                        requests.add((int) (d.toEpochDay() - start.toEpochDay()));
                    }
                }
                if (a.preferences().preferredStartFrom() != null || a.preferences().preferredStartTo() != null) {
                    prefFrom = minuteOfDay(a.preferences().preferredStartFrom(), at + ".preferences.preferredStartFrom");
                    prefTo = minuteOfDay(a.preferences().preferredStartTo(), at + ".preferences.preferredStartTo");
                    if (prefTo < prefFrom) {
                        throw err(at + ".preferences: preferredStartTo is before preferredStartFrom");
                    }
                }
            }
            Agent agent = new Agent(a.id(), i, a.name() == null ? a.id() : a.name(), a.team(), contract, mask,
                    unavailable, requests, prefFrom, prefTo);
            agents.add(agent);
            agentById.put(a.id(), agent);
            List<AgentDay> own = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                LocalDate date = start.plusDays(d);
                List<Shift> range = new ArrayList<>();
                for (String tid : contractTemplates.get(a.contract())) {
                    for (Shift s : shiftsOf(tid, d)) {
                        if (agent.isAvailableFor(s)) {
                            range.add(s);
                        }
                    }
                }
                AgentDay ad = new AgentDay(agent, d, date, days - 1, intervalCount, List.copyOf(range));
                ad.setBreakPlan(MIDDLE); // breaks start mid-window; local search moves them
                own.add(ad);
                agentDays.add(ad);
            }
            daysByAgent.put(a.id(), own);
        }
        pinnedAndPublished(p.pinned(), "pinned", agentById, daysByAgent, true);
        pinnedAndPublished(p.published(), "published", agentById, daysByAgent, false);
        List<IntervalDemand> demands = demands(intervalCount, priorities);
        var overrides = RosterWeights.overrides(p.weights());
        return new Roster(p.site().name(), zone, g, start, origin, days, queueIds, priorities, agents, demands,
                agentDays, overrides);
    }

    private void site() {
        Problem.Site s = p.site();
        if (s == null) {
            throw err("site: missing");
        }
        require(s.timeZone(), "site.timeZone");
        try {
            zone = IntervalGrid.zone(s.timeZone());
        } catch (IllegalArgumentException e) {
            throw err("site.timeZone: " + e.getMessage());
        }
        if (!IntervalGrid.ALLOWED_MINUTES.contains(s.intervalMinutes())) {
            throw err("site.intervalMinutes: must be 15, 30 or 60, not " + s.intervalMinutes());
        }
        g = s.intervalMinutes();
        grid = new IntervalGrid(zone, g);
        start = date(s.horizonStart(), "site.horizonStart");
        if (s.days() < 1 || s.days() > 56) {
            throw err("site.days: must be 1..56, not " + s.days());
        }
        days = s.days();
        origin = grid.dayStart(start);
    }

    private void templates() {
        for (int i = 0; i < p.shiftTemplates().size(); i++) {
            Problem.TemplateSpec t = p.shiftTemplates().get(i);
            String at = "shiftTemplates[" + i + "]";
            require(t.id(), at + ".id");
            if (templates.containsKey(t.id())) {
                throw err(at + ".id: duplicate template '" + t.id() + "'");
            }
            int e = minuteOfDay(t.earliestStart(), at + ".earliestStart");
            int l = minuteOfDay(t.latestStart(), at + ".latestStart");
            if (l < e || l >= 1440) {
                throw err(at + ".latestStart: must be after earliestStart and before 24:00");
            }
            if (e % g != 0 || l % g != 0) {
                throw err(at + ": start times must be on the " + g + "-minute grid");
            }
            if (t.stepMinutes() <= 0 || t.stepMinutes() % g != 0) {
                throw err(at + ".stepMinutes: must be a positive multiple of " + g + ", not " + t.stepMinutes());
            }
            if (t.lengthsMinutes().isEmpty()) {
                throw err(at + ".lengthsMinutes: at least one length is needed");
            }
            for (int k = 0; k < t.lengthsMinutes().size(); k++) {
                Integer len = t.lengthsMinutes().get(k);
                if (len == null || len <= 0 || len > 16 * 60 || len % g != 0) {
                    throw err(at + ".lengthsMinutes[" + k + "]: must be a multiple of " + g + " up to 960, not " + len);
                }
            }
            if (t.breaks().size() > Template.MAX_BREAK_RULES) {
                throw err(at + ".breaks: at most " + Template.MAX_BREAK_RULES + " break rules");
            }
            List<BreakRule> rules = new ArrayList<>();
            for (int k = 0; k < t.breaks().size(); k++) {
                Problem.BreakSpec b = t.breaks().get(k);
                String bat = at + ".breaks[" + k + "]";
                BreakRule.Kind kind;
                try {
                    kind = BreakRule.Kind.valueOf(String.valueOf(b.kind()));
                } catch (IllegalArgumentException ex) {
                    throw err(bat + ".kind: '" + b.kind() + "' is not BREAK or LUNCH");
                }
                if (b.minutes() <= 0 || b.minutes() % g != 0) {
                    throw err(bat + ".minutes: must be a positive multiple of " + g + ", not " + b.minutes());
                }
                if (!(b.windowFrom() >= 0 && b.windowFrom() < b.windowTo() && b.windowTo() <= 1)) {
                    throw err(bat + ": need 0 <= windowFrom < windowTo <= 1");
                }
                BreakRule r = new BreakRule(kind, b.minutes(), b.windowFrom(), b.windowTo(), b.minShiftMinutes(), b.paid());
                for (int len : t.lengthsMinutes()) {
                    if (r.appliesTo(len) && r.positions(len, g) < 1) {
                        throw err(bat + ": a " + b.minutes() + "-minute " + kind + " does not fit its window in a "
                                + len + "-minute shift");
                    }
                }
                rules.add(r);
            }
            templates.put(t.id(), new Template(t.id(), rules, t.unpopular()));
            templateSpecs.put(t.id(), t);
        }
    }

    private void contracts() {
        for (int i = 0; i < p.contracts().size(); i++) {
            Problem.ContractSpec c = p.contracts().get(i);
            String at = "contracts[" + i + "]";
            require(c.id(), at + ".id");
            if (contracts.containsKey(c.id())) {
                throw err(at + ".id: duplicate contract '" + c.id() + "'");
            }
            if (c.minMinutesPerWeek() < 0 || c.maxMinutesPerWeek() < c.minMinutesPerWeek() || c.maxMinutesPerWeek() <= 0) {
                throw err(at + ": need 0 <= minMinutesPerWeek <= maxMinutesPerWeek and maxMinutesPerWeek > 0");
            }
            if (c.maxDaysPerWeek() < 1 || c.maxDaysPerWeek() > 7) {
                throw err(at + ".maxDaysPerWeek: must be 1..7, not " + c.maxDaysPerWeek());
            }
            if (c.shiftTemplates().isEmpty()) {
                throw err(at + ".shiftTemplates: at least one template is needed");
            }
            for (int k = 0; k < c.shiftTemplates().size(); k++) {
                if (!templates.containsKey(c.shiftTemplates().get(k))) {
                    throw err(at + ".shiftTemplates[" + k + "]: unknown template '" + c.shiftTemplates().get(k) + "'");
                }
            }
            Set<String> forbidden = new HashSet<>();
            for (int k = 0; k < c.forbiddenSuccessions().size(); k++) {
                Problem.Succession s = c.forbiddenSuccessions().get(k);
                for (String ref : new String[] {s.from(), s.to()}) {
                    if (!templates.containsKey(ref)) {
                        throw err(at + ".forbiddenSuccessions[" + k + "]: unknown template '" + ref + "'");
                    }
                }
                forbidden.add(s.from() + ">" + s.to());
            }
            int maxCons = positive(c.maxConsecutiveDays(), days, at + ".maxConsecutiveDays");
            int minCons = positive(c.minConsecutiveDays(), 0, at + ".minConsecutiveDays");
            int minOff = positive(c.minConsecutiveDaysOff(), 0, at + ".minConsecutiveDaysOff");
            int maxWeekends = positive(c.maxWeekends(), days, at + ".maxWeekends");
            double rest = c.minRestHours() == null ? 0 : c.minRestHours();
            if (rest < 0 || rest > 24) {
                throw err(at + ".minRestHours: must be 0..24, not " + rest);
            }
            int minM = (int) Math.round(c.minMinutesPerWeek() * days / 7.0);
            int maxM = (int) Math.round(c.maxMinutesPerWeek() * days / 7.0);
            int maxD = Math.min(days, (int) Math.round(c.maxDaysPerWeek() * days / 7.0));
            contracts.put(c.id(), new ContractRules(c.id(), minM, maxM, Math.max(1, maxD), maxCons, minCons, minOff,
                    (int) Math.round(rest * 60), maxWeekends, forbidden));
            contractTemplates.put(c.id(), List.copyOf(c.shiftTemplates()));
        }
    }

    /**
     * Whole days of time off inside the horizon are paid: each lowers the agent's minimum paid minutes by
     * {@code minMinutesPerWeek / maxDaysPerWeek} and the maximum working days by one.
     */
    private ContractRules creditTimeOff(ContractRules c, Problem.AgentSpec a, Problem.ContractSpec spec) {
        Set<LocalDate> off = new HashSet<>();
        for (Problem.TimeOff t : a.timeOff()) {
            if (t.date() != null) {
                LocalDate d = LocalDate.parse(t.date());
                if (!d.isBefore(start) && d.isBefore(start.plusDays(days))) {
                    off.add(d);
                }
            }
        }
        if (off.isEmpty()) {
            return c;
        }
        int credit = off.size() * spec.minMinutesPerWeek() / spec.maxDaysPerWeek();
        return new ContractRules(c.id(), Math.max(0, c.minMinutes() - credit), c.maxMinutes(),
                Math.max(0, Math.min(c.maxDays(), days - off.size())), c.maxConsecutiveDays(), c.minConsecutiveDays(),
                c.minConsecutiveDaysOff(), c.minRestMinutes(), c.maxWeekends(), c.forbiddenSuccessions());
    }

    private int positive(Integer v, int dflt, String at) {
        if (v == null) {
            return dflt;
        }
        if (v < 0) {
            throw err(at + ": must not be negative, not " + v);
        }
        return v;
    }

    /** The template's shifts starting on day {@code d}; shared by every agent with the template. */
    private List<Shift> shiftsOf(String tid, int d) {
        Problem.TemplateSpec t = templateSpecs.get(tid);
        Template template = templates.get(tid);
        LocalDate date = start.plusDays(d);
        int e = minuteOfDay(t.earliestStart(), "");
        int l = minuteOfDay(t.latestStart(), "");
        List<Shift> out = new ArrayList<>();
        for (int m = e; m <= l; m += t.stepMinutes()) {
            LocalTime lt = LocalTime.of(m / 60, m % 60);
            ZonedDateTime z = ZonedDateTime.of(date, lt, zone);
            if (!z.toLocalTime().equals(lt)) {
                continue; // local time skipped by a DST transition
            }
            int startMinute = (int) Duration.between(origin, z.toInstant()).toMinutes();
            int localMinute = m;
            for (int len : t.lengthsMinutes()) {
                String key = tid + "|" + startMinute + "|" + len;
                Shift s = shiftCache.computeIfAbsent(key, k -> new Shift(
                        tid + "@" + date + "T" + lt + "+" + len, d, startMinute, len, localMinute, template, g));
                out.add(s);
            }
        }
        return out;
    }

    /** Time off plus the hours outside the weekly availability, as elapsed-minute ranges. */
    private List<int[]> unavailable(Problem.AgentSpec a, String at) {
        List<int[]> out = new ArrayList<>();
        if (!a.availability().isEmpty()) {
            Map<DayOfWeek, List<int[]>> windows = new EnumMap<>(DayOfWeek.class);
            for (int k = 0; k < a.availability().size(); k++) {
                Problem.Availability av = a.availability().get(k);
                String aat = at + ".availability[" + k + "]";
                DayOfWeek dow;
                try {
                    dow = DayOfWeek.valueOf(String.valueOf(av.dayOfWeek()).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    throw err(aat + ".dayOfWeek: '" + av.dayOfWeek() + "' is not MONDAY..SUNDAY");
                }
                int from = minuteOfDay(av.from(), aat + ".from");
                int to = minuteOfDay(av.to(), aat + ".to");
                if (to <= from) {
                    throw err(aat + ": 'to' must be after 'from' (use up to \"36:00\" for overnight)");
                }
                windows.computeIfAbsent(dow, x -> new ArrayList<>()).add(new int[] {from, to});
            }
            // available ranges in elapsed minutes for the days around the horizon
            List<int[]> avail = new ArrayList<>();
            for (int d = -1; d <= days; d++) {
                LocalDate date = start.plusDays(d);
                for (int[] w : windows.getOrDefault(date.getDayOfWeek(), List.of())) {
                    avail.add(new int[] {elapsed(date, w[0]), elapsed(date, w[1])});
                }
            }
            avail.sort(Comparator.comparingInt(r -> r[0]));
            int cursor = elapsed(start.minusDays(2), 0);
            for (int[] r : avail) {
                if (r[0] > cursor) {
                    out.add(new int[] {cursor, r[0]});
                }
                cursor = Math.max(cursor, r[1]);
            }
            out.add(new int[] {cursor, elapsed(start.plusDays(days + 2), 0)});
        }
        for (int k = 0; k < a.timeOff().size(); k++) {
            Problem.TimeOff t = a.timeOff().get(k);
            String tat = at + ".timeOff[" + k + "]";
            if (t.date() != null) {
                LocalDate d = date(t.date(), tat + ".date");
                out.add(new int[] {elapsed(d, 0), elapsed(d.plusDays(1), 0)});
            } else {
                int from = localDateTime(t.from(), tat + ".from");
                int to = localDateTime(t.to(), tat + ".to");
                if (to <= from) {
                    throw err(tat + ": 'to' must be after 'from'");
                }
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    private void pinnedAndPublished(List<Problem.PinnedSpec> list, String name, Map<String, Agent> agents,
                                    Map<String, List<AgentDay>> daysByAgent, boolean pin) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Problem.PinnedSpec s = list.get(i);
            String at = name + "[" + i + "]";
            Agent agent = agents.get(s.agent());
            if (agent == null) {
                throw err(at + ".agent: unknown agent '" + s.agent() + "'");
            }
            LocalDate date = date(s.date(), at + ".date");
            if (date.isBefore(start) || !date.isBefore(start.plusDays(days))) {
                throw err(at + ".date: " + date + " is outside the horizon " + start + "+" + days + "d");
            }
            if (!seen.add(s.agent() + "@" + date)) {
                throw err(at + ": a second entry for agent '" + s.agent() + "' on " + date);
            }
            int d = (int) (date.toEpochDay() - start.toEpochDay());
            AgentDay ad = daysByAgent.get(s.agent()).get(d);
            Shift shift = null;
            if (!s.dayOff()) {
                int m = minuteOfDay(s.start(), at + ".start");
                if (s.minutes() == null || s.minutes() <= 0 || s.minutes() % g != 0 || m % g != 0) {
                    throw err(at + ": start and minutes must be on the " + g + "-minute grid");
                }
                shift = findOrMake(ad, date, m, s.minutes());
            }
            if (pin) {
                ad.pin(shift);
                ad.setBreakPlan(MIDDLE);
            } else {
                ad.setPublished(shift);
            }
        }
    }

    private Shift findOrMake(AgentDay ad, LocalDate date, int localMinute, int minutes) {
        int startMinute = elapsed(date, localMinute);
        for (Shift s : shiftCache.values()) {
            if (s.startMinute() == startMinute && s.lengthMinutes() == minutes) {
                return s;
            }
        }
        // no template has this shift: keep it, under the first template of the agent's contract
        String tid = contractTemplates.get(ad.getAgent().contract().id()).get(0);
        Template t = templates.get(tid);
        Template plain = new Template(tid, t.breakRules().stream().filter(r -> r.positions(minutes, g) >= 1).toList(),
                t.unpopular());
        return new Shift(tid + "@" + date + "+" + localMinute + "+" + minutes, ad.getDay(), startMinute, minutes,
                localMinute, plain, g);
    }

    private List<IntervalDemand> demands(int intervalCount, int[] priorities) {
        int nq = priorities.length;
        int[][] req = new int[intervalCount][nq];
        boolean[][] seen = new boolean[intervalCount][nq];
        for (int i = 0; i < p.requirements().size(); i++) {
            Problem.RequirementSpec r = p.requirements().get(i);
            String at = "requirements[" + i + "]";
            Integer q = queueIndex.get(r.queue());
            if (q == null) {
                throw err(at + ".queue: unknown queue '" + r.queue() + "'");
            }
            int minute = instantMinute(r.intervalStart(), at + ".intervalStart");
            if (Math.floorMod(minute, g) != 0) {
                throw err(at + ".intervalStart: " + r.intervalStart() + " is not on the " + g + "-minute grid");
            }
            if (!(r.agentsRequired() >= 0) || r.agentsRequired() > 100_000) {
                throw err(at + ".agentsRequired: must be 0..100000, not " + r.agentsRequired());
            }
            int t = Math.floorDiv(minute, g);
            if (t < 0 || t >= intervalCount) {
                continue; // outside the horizon: requirements may cover more days than the roster
            }
            if (seen[t][q]) {
                throw err(at + ": a second requirement for queue '" + r.queue() + "' at " + r.intervalStart());
            }
            seen[t][q] = true;
            req[t][q] = (int) Math.ceil(r.agentsRequired() - 1e-9);
        }
        List<IntervalDemand> out = new ArrayList<>(intervalCount);
        for (int t = 0; t < intervalCount; t++) {
            out.add(new IntervalDemand(t, req[t], priorities));
        }
        return out;
    }

    // ---------------------------------------------------------------- parsing helpers

    private int elapsed(LocalDate date, int minuteOfDay) {
        LocalDate d = date.plusDays(minuteOfDay / 1440);
        int m = minuteOfDay % 1440;
        ZonedDateTime z = ZonedDateTime.of(d, LocalTime.of(m / 60, m % 60), zone);
        return (int) Duration.between(origin, z.toInstant()).toMinutes();
    }

    private int instantMinute(String text, String at) {
        require(text, at);
        Instant instant;
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                instant = OffsetDateTime.parse(text).toInstant();
            } else {
                instant = LocalDateTime.parse(text).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw err(at + ": '" + text + "' is not an ISO date-time");
        }
        return (int) Math.floorDiv(Duration.between(origin, instant).toSeconds(), 60);
    }

    private int localDateTime(String text, String at) {
        require(text, at);
        try {
            LocalDateTime t = LocalDateTime.parse(text);
            return elapsed(t.toLocalDate(), t.getHour() * 60 + t.getMinute());
        } catch (DateTimeParseException e) {
            throw err(at + ": '" + text + "' is not a local date-time like 2026-03-23T09:00");
        }
    }

    private LocalDate date(String text, String at) {
        require(text, at);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw err(at + ": '" + text + "' is not a date like 2026-03-23");
        }
    }

    /** "HH:mm" as minutes after midnight; hours up to 36 allowed for overnight windows. */
    static int minuteOfDay(String text, String at) {
        if (text == null || !text.matches("\\d{1,2}:\\d{2}")) {
            throw err(at + ": '" + text + "' is not a time like 09:30");
        }
        int h = Integer.parseInt(text.substring(0, text.indexOf(':')));
        int m = Integer.parseInt(text.substring(text.indexOf(':') + 1));
        if (h > 36 || m > 59 || (h == 36 && m > 0)) {
            throw err(at + ": '" + text + "' is out of range");
        }
        return h * 60 + m;
    }

    private static void require(String value, String at) {
        if (value == null || value.isBlank()) {
            throw err(at + ": missing");
        }
    }

    private static ProblemException err(String message) {
        return new ProblemException(message);
    }
}
