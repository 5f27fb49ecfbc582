package org.staffcast.api.cli;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.Callable;
import org.staffcast.solver.generate.SiteGenerator;
import org.staffcast.solver.io.ProblemJson;
import org.staffcast.solver.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a realistic roster problem: site, queues, contracts, templates, agents and requirements. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a realistic roster problem (JSON) for a site of N agents and Q queues.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", required = true, description = "Number of agents.")
    int agents;

    @Option(names = "--queues", defaultValue = "4", description = "Number of queues, 1..8 (default ${DEFAULT-VALUE}).")
    int queues;

    @Option(names = "--days", defaultValue = "7", description = "Horizon length in days (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", description = "First day of the horizon (default: next Monday).")
    LocalDate start;

    @Option(names = "--zone", defaultValue = "Europe/Berlin", description = "Site time zone (default ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--out", required = true, description = "Problem file to write (JSON).")
    Path out;

    @Override
    public Integer call() {
        LocalDate first = start != null ? start
                : LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var siteSpec = new SiteGenerator.Spec(agents, queues, days, seed, first, zone);
        Problem problem;
        try (Progress progress = Progress.onStderr()) {
            progress.update("generating " + agents + " agents, " + queues + " queues");
            problem = SiteGenerator.generate(siteSpec, RequirementPipeline.source(seed));
        }
        ProblemJson.write(problem, out);
        var stdout = spec.commandLine().getOut();
        stdout.printf("generated %s: %d agents, %d queues, %d days from %s, %d requirement rows (%s)%n", out,
                problem.agents().size(), problem.queues().size(), days, first, problem.requirements().size(),
                RequirementPipeline.description());
        stdout.flush();
        return 0;
    }
}
