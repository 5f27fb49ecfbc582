package org.staffcast.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    /** Result of one in-process run of the command line. */
    public record Run(int code, String out, String err) {
    }

    public static Run run(String... args) {
        CommandLine cli = Main.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEverySubcommandWithOneLine() {
        Run r = run("--help");
        assertEquals(0, r.code());
        CommandLine cli = Main.newCommandLine();
        for (String name : cli.getSubcommands().keySet()) {
            assertTrue(r.out().contains("  " + name + " "), () -> name + " missing from\n" + r.out());
            if (!name.equals("help")) {
                Run sub = run(name, "--help");
                assertEquals(0, sub.code(), name + " --help");
                assertTrue(sub.out().startsWith("Usage: staffcast " + name), sub.out());
            }
        }
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("staffcast 0."), r.out());
    }

    @Test
    void unknownOptionOrCommandIsExit2WithAnErrorLine() {
        Run r = run("--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: Unknown option: '--frobnicate'"), r.err());
        Run sub = run("nosuchcommand");
        assertEquals(2, sub.code());
        assertTrue(sub.err().startsWith("error: "), sub.err());
    }

    @Test
    void badPortIsExit2() {
        Run r = run("serve", "--port", "70000");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --port: 70000"), r.err());
        Run notANumber = run("serve", "--port", "eighty");
        assertEquals(2, notANumber.code());
        assertTrue(notANumber.err().startsWith("error: "), notANumber.err());
    }
}
