package org.staffcast.solver.generate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.Interval;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.solver.model.Problem;

/**
 * A realistic contact-center site, reproducible from a seed: queues on several channels with opening hours,
 * full-time and part-time contracts, early/day/late/part-time shift templates with breaks and lunch, agents with a
 * skill mix (most single-skilled, some multi-skilled), part-timers with limited availability, time off, day-off
 * requests and start-time preferences. Requirements come from a {@link RequirementSource}; the default
 * ({@link #syntheticRequirements}) sizes a synthetic intraday volume curve with Erlang C, scaled so the workforce
 * can nearly cover it.
 */
public final class SiteGenerator {

    /** Size of the site. {@code horizonStart} should be a Monday. */
    public record Spec(int agents, int queues, int days, long seed, LocalDate horizonStart, String timeZone) {
        public Spec {
            if (agents < 1 || agents > 20_000) {
                throw new IllegalArgumentException("--agents must be 1..20000, not " + agents);
            }
            if (queues < 1 || queues > 9) {
                throw new IllegalArgumentException("--queues must be 1..9, not " + queues);
            }
            if (days < 1 || days > 28) {
                throw new IllegalArgumentException("--days must be 1..28, not " + days);
            }
        }
    }

    /** A queue as the requirement source needs it. */
    public record QueueProfile(String id, String channel, int openFrom, int openTo, int weekendOpenTo,
                               double weight, double ahtSeconds) {}

    /** Turns the site's queues and horizon into agents required per queue per interval. */
    @FunctionalInterface
    public interface RequirementSource {
        List<Problem.RequirementSpec> requirements(List<QueueProfile> queues, IntervalGrid grid, Horizon horizon,
                                                   double agentIntervalsAvailable, SplittableRandom random);
    }

    /** Channels cycle voice, chat, email, as in the forecasting module's history generator. */
    private static final String[] CHANNELS = {"VOICE", "CHAT", "EMAIL"};
    private static final String[] LANGS = {"en", "de", "fr"};

    private SiteGenerator() {
    }

    public static Problem generate(Spec spec) {
        return generate(spec, SiteGenerator::syntheticRequirements);
    }

    public static Problem generate(Spec spec, RequirementSource source) {
        SplittableRandom rnd = new SplittableRandom(spec.seed());
        ZoneId zone = IntervalGrid.zone(spec.timeZone());
        IntervalGrid grid = IntervalGrid.quarterHours(zone);
        Horizon horizon = new Horizon(spec.horizonStart(), spec.days());

        List<String> skills = new ArrayList<>();
        List<Problem.QueueSpec> queues = new ArrayList<>();
        List<QueueProfile> profiles = new ArrayList<>();
        for (int q = 0; q < spec.queues(); q++) {
            String channel = CHANNELS[q % 3];
            String skill = channel.toLowerCase() + "-" + LANGS[q / 3];
            String id = skill;
            skills.add(skill);
            int priority = switch (channel) {
                case "VOICE" -> 3;
                case "CHAT" -> 2;
                default -> 1;
            };
            double weight = (q == 0 ? 3.0 : 1.0) * (channel.equals("VOICE") ? 1.5 : 1.0);
            int from = channel.equals("VOICE") ? 7 * 60 : 8 * 60;
            int to = switch (channel) {
                case "VOICE" -> 21 * 60;
                case "CHAT" -> 20 * 60;
                default -> 18 * 60;
            };
            double aht = switch (channel) {
                case "VOICE" -> 300;
                case "CHAT" -> 480;
                case "EMAIL" -> 420;
                default -> 600;
            };
            queues.add(new Problem.QueueSpec(id, channel + " " + LANGS[q / 3], channel, skill, priority));
            profiles.add(new QueueProfile(id, channel, from, to, Math.min(to, 18 * 60), weight, aht));
        }

        List<Problem.BreakSpec> fullBreaks = List.of(
                new Problem.BreakSpec("BREAK", 15, 0.15, 0.45, 360, true),
                new Problem.BreakSpec("LUNCH", 30, 0.35, 0.70, 360, false),
                new Problem.BreakSpec("BREAK", 15, 0.65, 0.95, 360, true));
        List<Problem.BreakSpec> partBreaks = List.of(
                new Problem.BreakSpec("BREAK", 15, 0.25, 0.75, 240, true),
                new Problem.BreakSpec("LUNCH", 30, 0.35, 0.70, 360, false));
        List<Problem.TemplateSpec> templates = List.of(
                new Problem.TemplateSpec("early", "06:30", "08:30", 30, List.of(480, 510), fullBreaks, false),
                new Problem.TemplateSpec("day", "09:00", "11:00", 30, List.of(480, 510), fullBreaks, false),
                new Problem.TemplateSpec("late", "11:30", "14:00", 30, List.of(480, 510), fullBreaks, true),
                new Problem.TemplateSpec("part", "07:00", "17:00", 60, List.of(240, 300, 360), partBreaks, false));
        List<Problem.ContractSpec> contracts = List.of(
                new Problem.ContractSpec("full-time", 37 * 60, 40 * 60, 5, 5, 2, 2, 11.0, 1,
                        List.of("early", "day", "late"), List.of(new Problem.Succession("late", "early"))),
                new Problem.ContractSpec("part-time", 16 * 60, 25 * 60, 5, 5, 1, 1, 11.0, 1,
                        List.of("part"), List.of()));

        // contracts first: they fix the capacity the requirement is sized to
        boolean[] partTimers = new boolean[spec.agents()];
        double capacityIntervals = 0;
        for (int i = 0; i < spec.agents(); i++) {
            partTimers[i] = rnd.nextDouble() < 0.3;
            // worked agent-intervals per week at the middle of the contract, less breaks
            double paidHours = partTimers[i] ? 20 : 38.5;
            capacityIntervals += paidHours * 4 * 0.92 * spec.days() / 7.0;
        }
        List<Problem.RequirementSpec> requirements = source.requirements(profiles, grid, horizon, capacityIntervals, rnd);
        // skills follow the requirement: a queue's share of required agent-intervals is its share of primary skills
        double[] cumulative = new double[profiles.size()];
        double total = 0;
        for (int q = 0; q < profiles.size(); q++) {
            String id = profiles.get(q).id();
            double need = requirements.stream().filter(r -> r.queue().equals(id)).mapToDouble(Problem.RequirementSpec::agentsRequired).sum();
            total += Math.max(need, 1);
            cumulative[q] = total;
        }
        List<Problem.AgentSpec> agents = new ArrayList<>();
        for (int i = 0; i < spec.agents(); i++) {
            String id = String.format("A%05d", i + 1);
            boolean partTime = partTimers[i];
            int primary = pick(cumulative, rnd.nextDouble() * total);
            List<Problem.SkillLevel> sk = new ArrayList<>();
            sk.add(new Problem.SkillLevel(skills.get(primary), 0.8 + 0.2 * rnd.nextDouble()));
            if (profiles.size() > 1 && rnd.nextDouble() < 0.35) {
                int second = (primary + 1 + rnd.nextInt(profiles.size() - 1)) % profiles.size();
                sk.add(new Problem.SkillLevel(skills.get(second), 0.5 + 0.4 * rnd.nextDouble()));
            }
            List<Problem.Availability> availability = new ArrayList<>();
            if (partTime && rnd.nextDouble() < 0.5) {
                boolean mornings = rnd.nextBoolean();
                for (DayOfWeek d : DayOfWeek.values()) {
                    availability.add(mornings
                            ? new Problem.Availability(d.name(), "07:00", "15:00")
                            : new Problem.Availability(d.name(), "11:00", "22:00"));
                }
            }
            List<Problem.TimeOff> timeOff = new ArrayList<>();
            double r = rnd.nextDouble();
            if (r < 0.06) {
                int from = rnd.nextInt(spec.days());
                int len = 1 + rnd.nextInt(Math.min(5, spec.days()));
                for (int d = from; d < Math.min(spec.days(), from + len); d++) {
                    timeOff.add(new Problem.TimeOff(spec.horizonStart().plusDays(d).toString(), null, null, "vacation"));
                }
            } else if (r < 0.10) {
                LocalDate d = spec.horizonStart().plusDays(rnd.nextInt(spec.days()));
                timeOff.add(new Problem.TimeOff(null, d + "T08:00", d + "T12:00", "appointment"));
            }
            List<String> dayOff = new ArrayList<>();
            if (rnd.nextDouble() < 0.3) {
                dayOff.add(spec.horizonStart().plusDays(rnd.nextInt(spec.days())).toString());
            }
            String prefFrom = null;
            String prefTo = null;
            if (!partTime && rnd.nextDouble() < 0.4) {
                boolean early = rnd.nextBoolean();
                prefFrom = early ? "06:30" : "09:00";
                prefTo = early ? "09:00" : "12:00";
            }
            Problem.Preferences prefs = new Problem.Preferences(dayOff, prefFrom, prefTo);
            agents.add(new Problem.AgentSpec(id, "Agent " + (i + 1), "team-" + (1 + i / 15),
                    partTime ? "part-time" : "full-time", sk, availability, timeOff, prefs));
        }

        Problem.Site site = new Problem.Site("Generated site " + spec.agents() + "x" + spec.queues() + " seed "
                + spec.seed(), spec.timeZone(), 15, spec.horizonStart().toString(), spec.days());
        return new Problem(site, skills, queues, templates, contracts, agents, List.of(), List.of(), requirements,
                Map.of());
    }

    private static int pick(double[] cumulative, double x) {
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /**
     * Synthetic requirements: per queue a daily volume shape (voice two peaks at 10:30 and 14:30, chat rising into the
     * evening, email and back office flat in office hours), weekday factors (Monday high, Sunday low) and ±5% noise;
     * voice sized with Erlang C to 80% in 20 s, chat with concurrency 2 to 80% in 60 s, email and back office as
     * workload (volume × AHT / interval). The volume is scaled so total requirement is about 90% of the agents'
     * worked capacity.
     */
    public static List<Problem.RequirementSpec> syntheticRequirements(List<QueueProfile> queues, IntervalGrid grid,
                                                                      Horizon horizon, double capacity,
                                                                      SplittableRandom rnd) {
        List<Interval> intervals = grid.intervalsOf(horizon);
        double[][] shape = new double[queues.size()][intervals.size()];
        for (int q = 0; q < queues.size(); q++) {
            QueueProfile p = queues.get(q);
            for (int t = 0; t < intervals.size(); t++) {
                Interval iv = intervals.get(t);
                int minute = iv.slotOfDay() * grid.minutes();
                DayOfWeek dow = iv.dayOfWeek();
                boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
                int to = weekend ? p.weekendOpenTo() : p.openTo();
                if (minute < p.openFrom() || minute >= to || (weekend && !p.channel().equals("VOICE")
                        && !p.channel().equals("CHAT"))) {
                    continue;
                }
                double h = minute / 60.0;
                double curve = switch (p.channel()) {
                    case "VOICE" -> 0.3 + Math.exp(-Math.pow((h - 10.5) / 1.8, 2)) + 0.8 * Math.exp(-Math.pow((h - 14.5) / 2.0, 2));
                    case "CHAT" -> 0.4 + 0.6 * (h - 8) / 12 + 0.4 * Math.exp(-Math.pow((h - 19) / 1.5, 2));
                    default -> 1.0;
                };
                double day = switch (dow) {
                    case MONDAY -> 1.15;
                    case TUESDAY -> 1.05;
                    case WEDNESDAY -> 1.0;
                    case THURSDAY -> 0.98;
                    case FRIDAY -> 0.95;
                    case SATURDAY -> 0.55;
                    case SUNDAY -> 0.4;
                };
                shape[q][t] = p.weight() * curve * day * (0.95 + 0.1 * rnd.nextDouble());
            }
        }
        // find the volume scale at which the requirement uses ~90% of the capacity (bisection; requirement grows with scale)
        double lo = 0;
        double hi = 1;
        while (totalAgents(queues, shape, hi, grid.minutes()) < 0.9 * capacity && hi < 1e7) {
            hi *= 2;
        }
        for (int it = 0; it < 40; it++) {
            double mid = (lo + hi) / 2;
            if (totalAgents(queues, shape, mid, grid.minutes()) < 0.9 * capacity) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        List<Problem.RequirementSpec> out = new ArrayList<>();
        for (int q = 0; q < queues.size(); q++) {
            for (int t = 0; t < intervals.size(); t++) {
                int n = agentsFor(queues.get(q), shape[q][t] * lo, grid.minutes());
                if (n > 0) {
                    Instant start = intervals.get(t).start();
                    out.add(new Problem.RequirementSpec(queues.get(q).id(), start.toString(), n));
                }
            }
        }
        return out;
    }

    private static double totalAgents(List<QueueProfile> queues, double[][] shape, double scale, int minutes) {
        double sum = 0;
        for (int q = 0; q < queues.size(); q++) {
            for (double v : shape[q]) {
                sum += agentsFor(queues.get(q), v * scale, minutes);
            }
        }
        return sum;
    }

    private static int agentsFor(QueueProfile q, double contacts, int minutes) {
        if (contacts <= 0) {
            return 0;
        }
        double seconds = minutes * 60.0;
        return switch (q.channel()) {
            case "VOICE" -> ErlangSizing.agents(contacts, seconds, q.ahtSeconds(), 0.8, 20);
            case "CHAT" -> (int) Math.ceil(ErlangSizing.agents(contacts, seconds, q.ahtSeconds(), 0.8, 60) / 2.0);
            default -> (int) Math.ceil(contacts * q.ahtSeconds() / seconds);
        };
    }
}
