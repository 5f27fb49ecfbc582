package org.staffcast.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffcast.api.cli.CommandLineTest.Run;
import org.staffcast.solver.cq.CqEvaluator;
import org.staffcast.solver.cq.CqInstance;
import org.staffcast.solver.cq.CqParser;
import org.staffcast.solver.cq.CqRoster;

class CqCommandTest {

    @TempDir
    Path dir;

    private Path instance1() throws IOException {
        Path p = dir.resolve("Instance1.txt");
        try (InputStream in = getClass().getResourceAsStream("/cq/Instance1.txt")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void solvesOneInstanceAndWritesARosterTheEvaluatorAgreesWith() throws IOException {
        Path file = instance1();
        Path out = dir.resolve("roster.csv");
        Run r = CommandLineTest.run("cq", "--instance", file.toString(), "--seconds", "1", "--out", out.toString(),
                "--seed", "7");
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("instance=Instance1 objective=(\\d+) hard_violations=(\\d+) seconds=\\d+\\.\\d\n")
                .matcher(r.out());
        assertTrue(m.matches(), r.out());
        CqInstance instance = CqParser.parse(file);
        List<String> lines = Files.readAllLines(out);
        assertEquals("employee,0,1,2,3,4,5,6,7,8,9,10,11,12,13", lines.get(0));
        assertEquals(9, lines.size());
        assertTrue(lines.get(1).startsWith("A,"));
        CqRoster roster = CqRoster.fromCsv(instance, out.toString(), Files.readString(out));
        assertEquals(Integer.parseInt(m.group(1)), CqEvaluator.objective(instance, roster));
        assertEquals(Integer.parseInt(m.group(2)), CqEvaluator.evaluate(instance, roster).violations().size());
    }

    @Test
    void runsADirectoryWithBestKnownValues() throws IOException {
        instance1();
        Files.writeString(dir.resolve("best-known.tsv"), "# from the README\ninstance\tbest\n1\t607\n");
        Run r = CommandLineTest.run("cq", "--dir", dir.toString(), "--seconds", "1");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("instance\\s+objective\\s+best_known\\s+gap\\s+hard\\s+seconds"), lines[0]);
        assertTrue(lines[1].matches("Instance1\\s+\\d+\\s+607\\s+\\d+\\.\\d\\d%\\s+\\d+\\s+\\d+\\.\\d"), lines[1]);
        assertEquals("instances=1 feasible=" + (lines[1].split("\\s+")[4].equals("0") ? 1 : 0), lines[2]);
    }

    @Test
    void badInputIsExit2WithWhere() throws IOException {
        Path file = instance1();
        Run missing = CommandLineTest.run("cq", "--instance", dir.resolve("nope.txt").toString(), "--seconds", "1");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: " + dir.resolve("nope.txt") + ": no such file"), missing.err());

        Files.writeString(file, Files.readString(file).replace("A,D=14,4320", "A,D=14,43x0"));
        Run broken = CommandLineTest.run("cq", "--instance", file.toString(), "--seconds", "1");
        assertEquals(2, broken.code());
        assertTrue(broken.err().startsWith("error: " + file + ":13: MaxTotalMinutes of A is not an integer"),
                broken.err());

        Run seconds = CommandLineTest.run("cq", "--instance", file.toString(), "--seconds", "-1");
        assertEquals(2, seconds.code());
        Run both = CommandLineTest.run("cq", "--instance", file.toString(), "--dir", dir.toString(), "--seconds", "1");
        assertEquals(2, both.code());
        Run threads = CommandLineTest.run("cq", "--instance", file.toString(), "--seconds", "1", "--threads", "0");
        assertEquals(2, threads.code());
        assertTrue(threads.err().startsWith("error: --threads must be between 1 and 64, got 0"), threads.err());

        Files.writeString(dir.resolve("best.tsv"), "1\tsix hundred\n");
        Run best = CommandLineTest.run("cq", "--dir", dir.toString(), "--seconds", "1", "--best-known",
                dir.resolve("best.tsv").toString());
        assertEquals(2, best.code());
        assertTrue(best.err().startsWith("error: " + dir.resolve("best.tsv") + ":1: best known of Instance1 is not"),
                best.err());
    }
}
