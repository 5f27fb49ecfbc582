package org.staffcast.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code staffcast} command. With no subcommand it serves the HTTP API. */
@Command(
        name = "staffcast",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Workforce management for contact centers: forecast, staff, schedule and serve.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            GenerateHistoryCommand.class,
            ForecastCommand.class,
            BacktestCommand.class,
            ErlangCommand.class,
            StaffCommand.class,
            GenerateCommand.class,
            SolveCommand.class,
            CqCommand.class,
            TokenCommand.class,
            CommandLine.HelpCommand.class,
        },
        footer = {"", "With no command, 'serve' is run.", "Run 'staffcast COMMAND --help' for the options of a command."})
public final class StaffcastCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new ServeCommand().call();
    }
}
