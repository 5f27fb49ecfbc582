package org.staffcast.api.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Maps failures to the CLI error contract: {@code error: <what and where>} on stderr, exit 2 for bad input. */
final class CliErrors {

    static final int BAD_INPUT = 2;
    static final int INTERNAL = 1;

    private CliErrors() {
    }

    static int onParameterError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + e.getMessage());
        cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        cmd.getErr().flush();
        return BAD_INPUT;
    }

    static int onExecutionError(Exception e, CommandLine cmd, ParseResult parsed) {
        Throwable t = e;
        if (t instanceof UncheckedIOException u && u.getCause() != null) {
            t = u.getCause();
        }
        if (t instanceof CliException || t instanceof IllegalArgumentException) {
            cmd.getErr().println("error: " + t.getMessage());
            cmd.getErr().flush();
            return BAD_INPUT;
        }
        if (t instanceof NoSuchFileException nf) {
            cmd.getErr().println("error: " + nf.getFile() + ": no such file");
            cmd.getErr().flush();
            return BAD_INPUT;
        }
        if (t instanceof java.io.IOException io) {
            cmd.getErr().println("error: " + io.getMessage());
            cmd.getErr().flush();
            return BAD_INPUT;
        }
        cmd.getErr().println("error: internal failure: " + t);
        t.printStackTrace(cmd.getErr());
        cmd.getErr().flush();
        return INTERNAL;
    }
}
