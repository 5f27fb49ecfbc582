package org.staffcast.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.staffcast.solver.io.ProblemJson;
import org.staffcast.solver.io.RosterFactory;
import org.staffcast.solver.io.RosterOutput;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.solve.RosterSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Solves a roster problem file with the Timefold solver and writes the roster and its coverage. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve a roster problem (JSON) and write the roster with coverage per queue per interval.")
public final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", required = true, description = "Problem file (JSON, see docs/problem-format.md).")
    Path problem;

    @Option(names = "--seconds", defaultValue = "60", description = "Time limit in seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--out", required = true, description = "Roster output file (JSON).")
    Path out;

    @Option(names = "--csv", description = "Also write the activities as CSV here.")
    Path csv;

    @Option(names = "--seed", description = "Random seed for a reproducible solve.")
    Long seed;

    @Override
    public Integer call() {
        if (!(seconds > 0) || seconds > 86_400) {
            throw new CliException("--seconds must be in (0, 86400], not " + seconds);
        }
        Roster roster = RosterFactory.build(ProblemJson.read(problem));
        PrintWriter stdout = spec.commandLine().getOut();
        RosterSolver.Result result;
        try (Progress progress = Progress.onStderr()) {
            var options = new RosterSolver.Options(Duration.ofMillis((long) (seconds * 1000)),
                    ai.timefold.solver.core.config.solver.EnvironmentMode.PHASE_ASSERT, seed);
            result = RosterSolver.solve(roster, options,
                    p -> progress.update("best " + p.score() + (p.firstFeasible() ? " (first feasible)" : "")));
        }
        RosterOutput.writeJson(result, out);
        if (csv != null) {
            RosterOutput.writeCsv(result.roster(), csv);
        }
        long shifts = result.roster().getAgentDays().stream().filter(d -> d.getShift() != null).count();
        stdout.printf(Locale.ROOT, "roster: %d agents, %d days, %d shifts; first feasible at %s; written to %s%n",
                result.roster().getAgents().size(), result.roster().getDays(), shifts,
                result.secondsToFirstFeasible() < 0 ? "never" : String.format(Locale.ROOT, "%.1fs", result.secondsToFirstFeasible()),
                out);
        stdout.printf(Locale.ROOT, "hard=%d soft=%d shortfall_agent_hours=%.2f lower_bound_agent_hours=%.2f seconds=%.1f%n",
                result.score().hardScore(), result.score().softScore(), result.shortfallAgentHours(),
                result.lowerBoundAgentHours(), result.seconds());
        stdout.flush();
        return 0;
    }
}
