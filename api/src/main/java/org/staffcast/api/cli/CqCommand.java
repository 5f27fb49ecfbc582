package org.staffcast.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.staffcast.solver.cq.CqInstance;
import org.staffcast.solver.cq.CqParser;
import org.staffcast.solver.cq.CqSolver;
import org.staffcast.solver.cq.CqSolverSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code staffcast cq}: solves Curtois &amp; Qu shift-scheduling benchmark instances (schedulingbenchmarks.org) and
 * reports the objective computed by the independent evaluator, so the solver can be compared with published
 * results. Plain Java: no Micronaut context is started.
 */
@Command(name = "cq", mixinStandardHelpOptions = true,
        description = "Solve Curtois & Qu shift-scheduling benchmark instances and compare with the best known.")
public final class CqCommand implements Callable<Integer> {

    private static final Pattern INSTANCE_FILE = Pattern.compile("Instance(\\d+)\\.txt");

    static final class Target {
        @Option(names = "--instance", paramLabel = "PATH", description = "One instance file (InstanceN.txt).")
        Path instance;

        @Option(names = "--dir", paramLabel = "DIR", description = "Run every Instance*.txt in DIR, in numeric order.")
        Path dir;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--seconds", required = true, paramLabel = "S", description = "Solving time per instance.")
    double seconds;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write the roster as CSV (with --dir: a directory receiving InstanceN.csv files).")
    Path out;

    @Option(names = "--best-known", paramLabel = "FILE",
            description = "TSV of instance<TAB>best known objective (default: best-known.tsv beside the instances).")
    Path bestKnown;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Independent searches run side by side, the best kept (default: 2, or 1 on a 1-core machine).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!(seconds > 0) || seconds > 86_400) {
            throw new CliException("--seconds must be > 0 and at most 86400, got " + seconds);
        }
        if (threads == null) {
            threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        } else if (threads < 1 || threads > 64) {
            throw new CliException("--threads must be between 1 and 64, got " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (target.instance != null) {
            CqInstance instance = read(target.instance);
            CqSolver.Result r = solve(instance);
            if (this.out != null) {
                write(this.out, r.roster().toCsv(instance));
            }
            out.printf(Locale.ROOT, "instance=%s objective=%d hard_violations=%d seconds=%.1f%n", instance.name(),
                    r.evaluation().objective(), r.evaluation().violations().size(), r.seconds());
        } else {
            runDirectory(out);
        }
        out.flush();
        return 0;
    }

    private void runDirectory(PrintWriter out) throws IOException {
        Path dir = target.dir;
        if (!Files.isDirectory(dir)) {
            throw new CliException(dir + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> INSTANCE_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(CqCommand::instanceNumber)).toList();
        }
        if (files.isEmpty()) {
            throw new CliException(dir + ": no Instance*.txt files");
        }
        Path known = bestKnown != null ? bestKnown : dir.resolve("best-known.tsv");
        Map<String, Long> best = bestKnown != null || Files.exists(known) ? readBestKnown(known) : Map.of();
        List<CqInstance> instances = new ArrayList<>();
        for (Path f : files) {
            instances.add(read(f));
        }
        if (this.out != null) {
            Files.createDirectories(this.out);
        }
        out.printf(Locale.ROOT, "%-12s %10s %10s %8s %5s %8s%n", "instance", "objective", "best_known", "gap",
                "hard", "seconds");
        out.flush();
        int feasible = 0;
        for (CqInstance instance : instances) {
            CqSolver.Result r = solve(instance);
            int objective = r.evaluation().objective();
            Long b = best.get(instance.name());
            String gap = b == null ? "-" : b == 0 ? (objective == 0 ? "0.00%" : "inf")
                    : String.format(Locale.ROOT, "%.2f%%", 100.0 * (objective - b) / b);
            out.printf(Locale.ROOT, "%-12s %10d %10s %8s %5d %8.1f%n", instance.name(), objective,
                    b == null ? "-" : b.toString(), gap, r.evaluation().violations().size(), r.seconds());
            out.flush();
            if (r.evaluation().feasible()) {
                feasible++;
            }
            if (this.out != null) {
                write(this.out.resolve(instance.name() + ".csv"), r.roster().toCsv(instance));
            }
        }
        out.printf(Locale.ROOT, "instances=%d feasible=%d%n", instances.size(), feasible);
    }

    private CqSolver.Result solve(CqInstance instance) {
        CqSolverSettings settings = CqSolverSettings.defaults(Duration.ofMillis(Math.round(seconds * 1000)), seed);
        AtomicReference<String> best = new AtomicReference<>("starting");
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cq-progress");
            t.setDaemon(true);
            return t;
        });
        try (Progress progress = Progress.onStderr()) {
            ticker.scheduleAtFixedRate(() -> progress.update(String.format(Locale.ROOT, "%s: %.0f/%.0fs best %s",
                    instance.name(), progress.elapsedSeconds(), seconds, best.get())), 0, 1, TimeUnit.SECONDS);
            return CqSolver.solve(instance, settings, threads, i -> best.set(i.score() + " at " + String.format(Locale.ROOT,
                    "%.1fs", i.seconds())));
        } finally {
            ticker.shutdownNow();
        }
    }

    private static CqInstance read(Path path) throws IOException {
        try {
            return CqParser.parse(path);
        } catch (NoSuchFileException e) {
            throw new CliException(path + ": no such file");
        }
    }

    private static void write(Path path, String text) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CliException(path + ": directory " + parent + " does not exist");
        }
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static long instanceNumber(Path p) {
        Matcher m = INSTANCE_FILE.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    /**
     * Reads {@code instance<TAB>best} lines (header lines starting with "instance&lt;TAB&gt;", blank lines and {@code #}
     * comments are skipped); an instance is named {@code InstanceN} or just {@code N}.
     */
    static Map<String, Long> readBestKnown(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        }
        Map<String, Long> best = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(Locale.ROOT).startsWith("instance\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new CliException(file + ":" + (i + 1) + ": expected instance<TAB>best known, found '" + line + "'");
            }
            String name = f[0].strip().matches("\\d+") ? "Instance" + f[0].strip() : f[0].strip();
            try {
                best.put(name, Long.parseLong(f[1].strip()));
            } catch (NumberFormatException e) {
                throw new CliException(file + ":" + (i + 1) + ": best known of " + name + " is not an integer: '"
                        + f[1].strip() + "'");
            }
        }
        return best;
    }
}
