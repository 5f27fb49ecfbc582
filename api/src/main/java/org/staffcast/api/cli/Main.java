package org.staffcast.api.cli;

import picocli.CommandLine;

/** Entry point of {@code staffcast.jar}: the server by default, batch subcommands otherwise. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = execute(args);
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /** Runs the command line and returns its exit code (or {@link ServeCommand#KEEP_RUNNING}). */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new StaffcastCommand());
        cli.setParameterExceptionHandler(CliErrors::onParameterError);
        cli.setExecutionExceptionHandler(CliErrors::onExecutionError);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
