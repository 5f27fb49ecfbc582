package org.staffcast.solver.model;

import java.util.List;
import java.util.Map;

/**
 * A roster problem as written in a problem file ({@code docs/problem-format.md}): plain values, times as ISO
 * strings, references by id. {@link org.staffcast.solver.io.RosterFactory} checks references and builds the
 * planning model from it.
 */
public record Problem(
        Site site,
        List<String> skills,
        List<QueueSpec> queues,
        List<TemplateSpec> shiftTemplates,
        List<ContractSpec> contracts,
        List<AgentSpec> agents,
        List<PinnedSpec> pinned,
        List<PinnedSpec> published,
        List<RequirementSpec> requirements,
        Map<String, Long> weights) {

    public Problem {
        skills = copy(skills);
        queues = copy(queues);
        shiftTemplates = copy(shiftTemplates);
        contracts = copy(contracts);
        agents = copy(agents);
        pinned = copy(pinned);
        published = copy(published);
        requirements = copy(requirements);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Site, time zone and horizon. {@code horizonStart} is a local date, {@code intervalMinutes} 15, 30 or 60. */
    public record Site(String name, String timeZone, int intervalMinutes, String horizonStart, int days) {}

    /** A queue: channel VOICE/CHAT/EMAIL/BACKOFFICE, the skill that serves it, priority (weight of its shortage, ≥ 1). */
    public record QueueSpec(String id, String name, String channel, String skill, int priority) {}

    /**
     * A shift template: starts from {@code earliestStart} to {@code latestStart} (local "HH:mm") every
     * {@code stepMinutes}; lengths in minutes; breaks placed inside their windows; {@code unpopular} marks shifts
     * whose load is balanced fairly across agents (late, night).
     */
    public record TemplateSpec(String id, String earliestStart, String latestStart, int stepMinutes,
                               List<Integer> lengthsMinutes, List<BreakSpec> breaks, boolean unpopular) {
        public TemplateSpec {
            lengthsMinutes = copy(lengthsMinutes);
            breaks = copy(breaks);
        }
    }

    /**
     * A break rule: {@code kind} BREAK or LUNCH, {@code minutes} long, starting no earlier than
     * {@code windowFrom × length} and ending no later than {@code windowTo × length} after the shift start
     * (fractions of the shift length, so "a 15-minute break in each half" is two rules with windows
     * [0, 0.5] and [0.5, 1]); applies to shifts of at least {@code minShiftMinutes}; unpaid when {@code paid} is false.
     */
    public record BreakSpec(String kind, int minutes, double windowFrom, double windowTo, int minShiftMinutes,
                            boolean paid) {}

    /**
     * A contract: paid minutes per 7 days (pro-rated for other horizons), max working days per 7 days, consecutive
     * working-day limits, minimum consecutive days off, minimum rest hours, maximum weekends worked in the horizon,
     * allowed templates and forbidden successions (template {@code from} on one day, {@code to} the next).
     * Optional limits left out (null) do not apply.
     */
    public record ContractSpec(String id, int minMinutesPerWeek, int maxMinutesPerWeek, int maxDaysPerWeek,
                               Integer maxConsecutiveDays, Integer minConsecutiveDays, Integer minConsecutiveDaysOff,
                               Double minRestHours, Integer maxWeekends, List<String> shiftTemplates,
                               List<Succession> forbiddenSuccessions) {
        public ContractSpec {
            shiftTemplates = copy(shiftTemplates);
            forbiddenSuccessions = copy(forbiddenSuccessions);
        }
    }

    public record Succession(String from, String to) {}

    /** An agent with skills, contract, weekly availability, time off and preferences. */
    public record AgentSpec(String id, String name, String team, String contract, List<SkillLevel> skills,
                            List<Availability> availability, List<TimeOff> timeOff, Preferences preferences) {
        public AgentSpec {
            skills = copy(skills);
            availability = copy(availability);
            timeOff = copy(timeOff);
        }
    }

    public record SkillLevel(String skill, double proficiency) {}

    /** Available on {@code dayOfWeek} (MONDAY..SUNDAY) from {@code from} to {@code to} local ("HH:mm", "24:00" allowed). */
    public record Availability(String dayOfWeek, String from, String to) {}

    /** Time off: a whole local {@code date}, or a local date-time range {@code from}–{@code to}. */
    public record TimeOff(String date, String from, String to, String reason) {}

    /** Soft wishes: days off requested, and a preferred start window (local "HH:mm"). */
    public record Preferences(List<String> daysOffRequested, String preferredStartFrom, String preferredStartTo) {
        public Preferences {
            daysOffRequested = copy(daysOffRequested);
        }
    }

    /** A fixed day for an agent: a shift ({@code start} local "HH:mm", {@code minutes}) or {@code dayOff}. */
    public record PinnedSpec(String agent, String date, String start, Integer minutes, boolean dayOff) {}

    /** Agents required on a queue in the interval starting at {@code intervalStart} (ISO instant or local date-time). */
    public record RequirementSpec(String queue, String intervalStart, double agentsRequired) {}
}
