package org.staffcast.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.staffcast.api.history.HistoryDtos;
import org.staffcast.api.history.HistoryService;
import org.staffcast.api.master.Channel;
import org.staffcast.api.master.QueueDtos;
import org.staffcast.api.master.QueueService;
import org.staffcast.api.master.SiteDtos;
import org.staffcast.api.master.SiteService;
import org.staffcast.api.master.SkillDtos;
import org.staffcast.api.master.SkillService;
import org.staffcast.data.store.ScheduleStore;
import org.staffcast.forecasting.generate.HistoryGenerator;
import org.staffcast.forecasting.io.ForecastCsv;
import org.staffcast.forecasting.io.HistoryCsv;
import org.staffcast.forecasting.staffing.IntervalDemand;
import org.staffcast.forecasting.staffing.QueueConfig;
import org.staffcast.forecasting.staffing.ServiceOutcome;
import org.staffcast.forecasting.staffing.ServiceTarget;
import org.staffcast.forecasting.staffing.StaffingCalculator;
import org.staffcast.solver.generate.SiteGenerator;
import org.staffcast.solver.io.ProblemJson;
import org.staffcast.solver.io.RosterFactory;
import org.staffcast.solver.io.RosterOutput;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.Problem;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.solve.RosterSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The end-to-end demo: a generated site (queues, skills, contracts, agents) with generated contact history, a
 * forecast chosen by backtest, staffing requirements, a solved roster with its projected service level, and the
 * roster published as a schedule version in the database (the embedded H2 unless {@code DATASOURCE_URL} is set).
 * Every stage's file is written to {@code --out-dir} so each can be re-run with the batch commands.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on a generated demo site (forecast, staff, solve, publish) and print a summary.")
public final class DemoCommand implements Callable<Integer> {

    private static final String ZONE = "Europe/Berlin";

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "150", description = "Agents at the demo site (default ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--queues", defaultValue = "4", description = "Queues, 1..8 (default ${DEFAULT-VALUE}).")
    int queues;

    @Option(names = "--weeks", defaultValue = "12", description = "Weeks of generated contact history (default ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--seconds", defaultValue = "30", description = "Solver time limit in seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out-dir", defaultValue = "staffcast-demo", description = "Where the stage files go (default ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--no-publish", description = "Do not store the site, history and schedule in the database.")
    boolean noPublish;

    @Override
    public Integer call() throws IOException {
        if (agents < 10 || agents > 5000) {
            throw new CliException("--agents must be 10..5000, not " + agents);
        }
        if (weeks < 3 || weeks > 104) {
            throw new CliException("--weeks must be 3..104, not " + weeks);
        }
        if (!(seconds > 0) || seconds > 3600) {
            throw new CliException("--seconds must be in (0, 3600], not " + seconds);
        }
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(outDir);
        LocalDate start = LocalDate.now(ZoneId.of(ZONE)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        // 1. site, history, forecast and requirements: the generator asks the pipeline for requirements sized to its agents
        AtomicReference<RequirementPipeline.Run> pipeline = new AtomicReference<>();
        Problem problem;
        try (Progress progress = Progress.onStderr()) {
            progress.update("generating the site, " + weeks + " weeks of history, forecast (backtest) and staffing");
            SiteGenerator.RequirementSource source = (profiles, grid, horizon, capacity, rnd) -> {
                RequirementPipeline.Run run = RequirementPipeline.run(profiles, grid, horizon, capacity, seed, weeks);
                pipeline.set(run);
                return run.requirements();
            };
            problem = SiteGenerator.generate(new SiteGenerator.Spec(agents, queues, 7, seed, start, ZONE), source);
        }
        RequirementPipeline.Run run = pipeline.get();
        Map<String, String> queueNames = historyToSiteQueueNames(problem);
        String historyCsv = renameQueues(historyCsv(run), queueNames);
        Files.writeString(outDir.resolve("history.csv"), historyCsv, StandardCharsets.UTF_8);
        ForecastCsv.write(run.forecast().forecast(), outDir.resolve("forecast.csv"));
        ProblemJson.write(problem, outDir.resolve("problem.json"));

        out.printf(Locale.ROOT, "site      %s (%s): %d agents, %d queues, week of %s%n", problem.site().name(), ZONE,
                problem.agents().size(), problem.queues().size(), start);
        out.printf(Locale.ROOT, "history   %d weeks, %d queue intervals%n", weeks, run.history().size());
        run.forecast().modelByQueue().forEach((q, model) -> out.printf(Locale.ROOT,
                "forecast  %-10s model %-28s backtest WAPE %5.1f%%%n", queueNames.getOrDefault(q, q), model,
                100 * run.forecast().backtestWape().getOrDefault(q, Double.NaN)));
        Map<String, double[]> required = new LinkedHashMap<>();
        for (Problem.RequirementSpec r : run.requirements()) {
            double[] agg = required.computeIfAbsent(r.queue(), q -> new double[2]);
            agg[0] += r.agentsRequired() * problem.site().intervalMinutes() / 60.0;
            agg[1] = Math.max(agg[1], r.agentsRequired());
        }
        required.forEach((q, a) -> out.printf(Locale.ROOT, "staffing  %-10s %7.1f agent-hours required, peak %3.0f agents%n",
                q, a[0], a[1]));
        out.flush();

        // 2. the roster
        Roster roster = RosterFactory.build(problem);
        RosterSolver.Result result;
        try (Progress progress = Progress.onStderr()) {
            var options = new RosterSolver.Options(Duration.ofMillis((long) (seconds * 1000)),
                    RosterSolver.Options.of(Duration.ZERO).environmentMode(), seed);
            result = RosterSolver.solve(roster, options,
                    p -> progress.update("solving: best " + p.score() + (p.firstFeasible() ? " (feasible)" : "")));
        }
        RosterOutput.writeJson(result, outDir.resolve("roster.json"));
        RosterOutput.writeCsv(result.roster(), outDir.resolve("roster.csv"));
        long shifts = result.roster().getAgentDays().stream().filter(d -> d.getShift() != null).count();
        out.printf(Locale.ROOT, "roster    %d shifts, hard=%d soft=%d, shortfall %.1f agent-hours (lower bound %.1f), %.1f s%n",
                shifts, result.score().hardScore(), result.score().softScore(), result.shortfallAgentHours(),
                result.lowerBoundAgentHours(), result.seconds());

        // 3. projected service of the roster per queue, from the agents the allocation puts on each queue
        for (Map.Entry<String, double[]> e : projectedService(run, result.roster()).entrySet()) {
            double[] v = e.getValue();
            out.printf(Locale.ROOT, "service   %-10s projected %5.1f%% (target %s), %5.1f%% of required agent-intervals covered%n",
                    e.getKey(), 100 * v[0], targetText(run, e.getKey()), 100 * v[1]);
        }
        out.flush();

        // 4. publish
        if (!noPublish) {
            String where = publish(problem, historyCsv, result);
            out.println("published " + where);
        }
        out.println("files     " + outDir.toAbsolutePath() + " (history.csv, forecast.csv, problem.json, roster.json, roster.csv)");
        out.flush();
        return 0;
    }

    private static String historyCsv(RequirementPipeline.Run run) throws IOException {
        StringWriter w = new StringWriter();
        HistoryCsv.write(run.history(), w);
        return w.toString();
    }

    /** The generated history names its queues voice-1, chat-1, ...; the site calls the same queues by their ids. */
    private static Map<String, String> historyToSiteQueueNames(Problem problem) {
        Map<String, String> names = new HashMap<>();
        for (int q = 0; q < problem.queues().size(); q++) {
            names.put(HistoryGenerator.queueName(q), problem.queues().get(q).id());
        }
        return names;
    }

    private static String renameQueues(String csv, Map<String, String> names) {
        StringBuilder sb = new StringBuilder(csv.length() + 1024);
        boolean header = true;
        for (String line : csv.split("\n", -1)) {
            int comma = line.indexOf(',');
            if (header || comma < 0) {
                sb.append(line);
                header = false;
            } else {
                String q = line.substring(0, comma);
                sb.append(names.getOrDefault(q, q)).append(line, comma, line.length());
            }
            sb.append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** Per queue: {volume-weighted projected service level, share of required agent-intervals covered}. */
    private static Map<String, double[]> projectedService(RequirementPipeline.Run run, Roster roster) {
        Map<String, Map<Integer, Integer>> scheduled = new HashMap<>();
        Map<String, long[]> covered = new LinkedHashMap<>();
        for (RosterOutput.Coverage c : RosterOutput.coverage(roster)) {
            scheduled.computeIfAbsent(c.queue(), q -> new HashMap<>()).put(c.interval(), c.scheduled());
            long[] k = covered.computeIfAbsent(c.queue(), q -> new long[2]);
            k[0] += Math.min(c.required(), c.scheduled());
            k[1] += c.required();
        }
        Map<Instant, Integer> index = new HashMap<>();
        for (int t = 0; t < roster.intervalCount(); t++) {
            index.put(roster.intervalStart(t), t);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int q = 0; q < run.queues().size(); q++) {
            QueueConfig config = run.queues().get(q);
            List<IntervalDemand> demand = run.demand().get(q);
            Map<Integer, Integer> onQueue = scheduled.getOrDefault(config.name(), Map.of());
            int[] agentsOn = new int[demand.size()];
            for (int i = 0; i < demand.size(); i++) {
                Integer t = index.get(demand.get(i).start());
                agentsOn[i] = t == null ? 0 : onQueue.getOrDefault(t, 0);
            }
            List<ServiceOutcome> outcomes = StaffingCalculator.project(demand, config, agentsOn);
            double volume = 0;
            double served = 0;
            for (int i = 0; i < demand.size(); i++) {
                volume += demand.get(i).volume();
                served += demand.get(i).volume() * outcomes.get(i).serviceLevel();
            }
            long[] k = covered.getOrDefault(config.name(), new long[] {0, 0});
            out.put(config.name(), new double[] {volume > 0 ? served / volume : 1, k[1] > 0 ? (double) k[0] / k[1] : 1});
        }
        return out;
    }

    private static String targetText(RequirementPipeline.Run run, String queue) {
        for (QueueConfig c : run.queues()) {
            if (c.name().equals(queue)) {
                return switch (c.target()) {
                    case ServiceTarget.ServiceLevel sl -> String.format(Locale.ROOT, "%.0f%% in %.0f s", 100 * sl.fraction(), sl.seconds());
                    case ServiceTarget.AverageSpeedOfAnswer asa -> String.format(Locale.ROOT, "ASA %.0f s", asa.seconds());
                    case ServiceTarget.ResponseTime rt -> String.format(Locale.ROOT, "reply in %.0f h", rt.hours());
                };
            }
        }
        return "?";
    }

    /** Stores site, skills, queues, history and the roster as the next published schedule version. */
    private String publish(Problem problem, String historyCsv, RosterSolver.Result result) {
        try (ApplicationContext ctx = ApplicationContext.builder().deduceEnvironment(false).banner(false).start()) {
            String name = "Demo " + problem.site().name() + " " + Instant.now().toString().substring(0, 19);
            var site = ctx.getBean(SiteService.class).create(new SiteDtos.SiteRequest(name, ZONE,
                    problem.site().intervalMinutes(), DayOfWeek.MONDAY));
            SkillService skills = ctx.getBean(SkillService.class);
            QueueService queuesService = ctx.getBean(QueueService.class);
            Map<String, Long> skillIds = new HashMap<>();
            for (Problem.QueueSpec q : problem.queues()) {
                long skillId = skillIds.computeIfAbsent(q.skill(),
                        s -> skills.create(site.id(), new SkillDtos.SkillRequest(s)).id());
                Channel channel = Channel.valueOf(q.channel());
                QueueDtos.Target target = switch (channel) {
                    case VOICE -> new QueueDtos.Target(0.8, 20, null, null);
                    case CHAT -> new QueueDtos.Target(0.8, 60, null, null);
                    default -> new QueueDtos.Target(null, null, null, 4.0);
                };
                queuesService.create(site.id(), new QueueDtos.QueueRequest(q.id(), channel, skillId, target, null, null,
                        channel == Channel.CHAT ? 2 : null, null, q.priority()));
            }
            HistoryDtos.ImportResult imported = ctx.getBean(HistoryService.class)
                    .importCsv(site.id(), new ByteArrayInputStream(historyCsv.getBytes(StandardCharsets.UTF_8)));
            Roster r = result.roster();
            List<ScheduleStore.Activity> activities = new ArrayList<>();
            Map<AgentDay, int[]> queueByOffset = RosterOutput.queueAssignment(r);
            for (AgentDay d : r.getAgentDays()) {
                if (d.getShift() == null) {
                    continue;
                }
                activities.add(new ScheduleStore.Activity(d.getAgent().id(), d.getDate(), "SHIFT", null,
                        r.instantOf(d.getShift().startMinute()).getEpochSecond(),
                        r.instantOf(d.getShift().endMinute()).getEpochSecond()));
                for (RosterOutput.Activity a : RosterOutput.activities(d, queueByOffset.get(d), r)) {
                    activities.add(new ScheduleStore.Activity(a.agent(), a.date(), a.type(), a.queue(),
                            r.instantOf(a.start()).getEpochSecond(), r.instantOf(a.end()).getEpochSecond()));
                }
            }
            ScheduleStore.Published published = ctx.getBean(ScheduleStore.class).publish(new ScheduleStore.Header(site.id(),
                    r.getHorizonStart(), r.getDays(), result.score().hardScore(), result.score().softScore(),
                    result.shortfallAgentHours(), result.lowerBoundAgentHours(), "staffcast demo, seed " + seed), activities);
            return String.format(Locale.ROOT, "site %d '%s': %d history rows, schedule version %d with %d activities (database: %s)",
                    site.id(), name, imported.rowsImported(), published.version(), published.activities(),
                    ctx.getProperty("datasources.default.url", String.class).orElse("?").replaceAll(";.*", ""));
        }
    }
}
