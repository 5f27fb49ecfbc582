package org.staffcast.solver.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.staffcast.solver.model.Problem;

/**
 * Reads and writes problem files (JSON, see {@code docs/problem-format.md}). Unknown fields, wrong types and
 * malformed JSON are {@link ProblemException}s naming the file, line, column and field path.
 */
public final class ProblemJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ProblemJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static Problem read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ProblemException(file + ": no such file");
        } catch (IOException e) {
            throw new ProblemException(file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public static Problem parse(String json, String source) {
        try {
            Problem p = MAPPER.readValue(json, Problem.class);
            if (p == null) {
                throw new ProblemException(source + ": empty problem");
            }
            return p;
        } catch (UnrecognizedPropertyException e) {
            throw new ProblemException(where(source, e) + "unknown field '" + e.getPropertyName() + "' in "
                    + path(e) + " (known: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")", e);
        } catch (JsonMappingException e) {
            throw new ProblemException(where(source, e) + path(e) + ": " + e.getOriginalMessage().split("\n")[0], e);
        } catch (JsonProcessingException e) {
            throw new ProblemException(where(source, e) + e.getOriginalMessage().split("\n")[0], e);
        }
    }

    public static void write(Problem problem, Path file) {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), problem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static String toJson(Problem problem) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(String source, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? source + ": " : source + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
    }

    /** The JSON path of a mapping error, e.g. {@code agents[3].skills[0]}. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            }
        }
        return b.isEmpty() ? "the problem" : b.toString();
    }
}
