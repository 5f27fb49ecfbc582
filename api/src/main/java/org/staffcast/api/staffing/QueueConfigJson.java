package org.staffcast.api.staffing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.staffcast.forecasting.staffing.Channel;
import org.staffcast.forecasting.staffing.QueueConfig;
import org.staffcast.forecasting.staffing.ServiceTarget;

/**
 * Reads the queue configuration JSON, strictly: an array of queue objects
 * <pre>{@code
 * [{"name": "sales", "channel": "VOICE", "target": {"serviceLevel": 0.8, "seconds": 20},
 *   "shrinkage": 0.3, "maxOccupancy": 0.9, "concurrency": 1, "patienceSeconds": 120, "priority": 5,
 *   "skill": "sales"},
 *  {"name": "email", "channel": "EMAIL", "target": {"respondWithinHours": 4}}]
 * }</pre>
 * {@code name}, {@code channel} and {@code target} are required; the target is exactly one of
 * {@code {"serviceLevel": fraction, "seconds": T}}, {@code {"asaSeconds": A}} or {@code {"respondWithinHours": H}}.
 * Defaults: shrinkage 0, maxOccupancy 1, concurrency 1, no patience (Erlang C), priority 1, skill = name.
 * Unknown or repeated fields, wrong types, out-of-range values and repeated queue names are errors
 * {@code file:line:column: queue NAME: field: what}.
 */
public final class QueueConfigJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> FIELDS = Set.of("name", "channel", "target", "shrinkage", "maxOccupancy",
            "concurrency", "patienceSeconds", "priority", "skill");
    private static final Set<String> TARGET_FIELDS = Set.of("serviceLevel", "seconds", "asaSeconds",
            "respondWithinHours");

    private QueueConfigJson() {
    }

    /** Reads {@code file}; errors are {@link IllegalArgumentException}s naming file, line, queue and field. */
    public static List<QueueConfig> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads a queue configuration document; {@code fileName} is used in messages. */
    public static List<QueueConfig> read(Reader in, String fileName) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            return new Reading(p, fileName).queues();
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(fileName + ":" + at.getLineNr() + ":" + at.getColumnNr()
                    + ": malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static final class Reading {
        private final JsonParser p;
        private final String file;
        private String queue = null;

        Reading(JsonParser p, String file) {
            this.p = p;
            this.file = file;
        }

        List<QueueConfig> queues() throws IOException {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw error("expected an array of queues, e.g. [{\"name\": \"sales\", ...}]");
            }
            List<QueueConfig> out = new ArrayList<>();
            Set<String> names = new HashSet<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    throw error("expected a queue object, found " + describe(t));
                }
                JsonLocation start = p.currentTokenLocation();
                queue = "#" + (out.size() + 1);
                QueueConfig q = queue(start);
                if (!names.add(q.name())) {
                    throw error(start, "queue " + q.name() + " is defined twice");
                }
                out.add(q);
            }
            if (p.nextToken() != null) {
                throw error("unexpected content after the array of queues");
            }
            if (out.isEmpty()) {
                throw error("no queues in the array");
            }
            return out;
        }

        private QueueConfig queue(JsonLocation start) throws IOException {
            Map<String, Object> v = new LinkedHashMap<>();
            Map<String, JsonLocation> where = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                if (!FIELDS.contains(field)) {
                    throw error(at, "unknown field '" + field + "' (known: name, channel, target, shrinkage, "
                            + "maxOccupancy, concurrency, patienceSeconds, priority, skill)");
                }
                p.nextToken();
                where.put(field, at);
                Object value = switch (field) {
                    case "name", "skill" -> text(field);
                    case "channel" -> channel();
                    case "target" -> target();
                    case "concurrency", "priority" -> integer(field);
                    case "patienceSeconds" -> p.currentToken() == JsonToken.VALUE_NULL ? null : number(field);
                    default -> number(field);
                };
                v.put(field, value);
                if (field.equals("name")) {
                    queue = (String) value;
                }
            }
            for (String need : List.of("name", "channel", "target")) {
                if (!v.containsKey(need)) {
                    throw error(start, "missing field '" + need + "'");
                }
            }
            Channel channel = (Channel) v.get("channel");
            String name = (String) v.get("name");
            try {
                return new QueueConfig(name, channel, (ServiceTarget) v.get("target"),
                        (double) v.getOrDefault("shrinkage", 0.0),
                        (double) v.getOrDefault("maxOccupancy", 1.0),
                        (int) v.getOrDefault("concurrency", 1),
                        v.get("patienceSeconds") == null ? OptionalDouble.empty()
                                : OptionalDouble.of((double) v.get("patienceSeconds")),
                        (int) v.getOrDefault("priority", 1),
                        (String) v.getOrDefault("skill", name));
            } catch (IllegalArgumentException e) {
                // QueueConfig messages start "queue NAME: FIELD ..."; point at that field when we can
                String msg = e.getMessage();
                JsonLocation at = start;
                for (Map.Entry<String, JsonLocation> f : where.entrySet()) {
                    if (msg.startsWith("queue " + name + ": " + f.getKey() + " ")
                            || msg.startsWith("queue " + name + ": " + f.getKey() + ":")) {
                        at = f.getValue();
                    }
                }
                throw new IllegalArgumentException(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + msg);
            }
        }

        private String text(String field) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw error(field + ": expected a string, found " + describe(p.currentToken()));
            }
            String s = p.getText().strip();
            if (s.isEmpty()) {
                throw error(field + ": must not be empty");
            }
            if (s.length() > 100) {
                throw error(field + ": longer than 100 characters");
            }
            return s;
        }

        private Channel channel() throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw error("channel: expected one of VOICE, CHAT, EMAIL, BACKOFFICE, found "
                        + describe(p.currentToken()));
            }
            try {
                return Channel.valueOf(p.getText().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error("channel: '" + p.getText() + "' is not one of VOICE, CHAT, EMAIL, BACKOFFICE");
            }
        }

        private double number(String field) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw error(field + ": expected a number, found " + describe(t));
            }
            double d = p.getDoubleValue();
            if (!Double.isFinite(d)) {
                throw error(field + ": " + p.getText() + " is not a finite number");
            }
            return d;
        }

        private int integer(String field) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw error(field + ": expected a whole number, found " + describe(p.currentToken()));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw error(field + ": " + p.getText() + " is out of range");
            }
            return p.getIntValue();
        }

        private ServiceTarget target() throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error("target: expected {\"serviceLevel\":0.8,\"seconds\":20}, {\"asaSeconds\":30} or "
                        + "{\"respondWithinHours\":4}, found " + describe(p.currentToken()));
            }
            JsonLocation start = p.currentTokenLocation();
            Map<String, Double> v = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                if (!TARGET_FIELDS.contains(field)) {
                    throw error("target: unknown field '" + field
                            + "' (known: serviceLevel with seconds, asaSeconds, respondWithinHours)");
                }
                p.nextToken();
                v.put(field, number("target." + field));
            }
            try {
                if (v.keySet().equals(Set.of("serviceLevel", "seconds"))) {
                    double sl = v.get("serviceLevel");
                    if (sl > 1 && sl < 100) {
                        throw new IllegalArgumentException("serviceLevel " + fmt(sl) + " must be a fraction, e.g. "
                                + fmt(sl / 100) + " for " + fmt(sl) + "%");
                    }
                    return new ServiceTarget.ServiceLevel(sl, v.get("seconds"));
                }
                if (v.keySet().equals(Set.of("asaSeconds"))) {
                    return new ServiceTarget.AverageSpeedOfAnswer(v.get("asaSeconds"));
                }
                if (v.keySet().equals(Set.of("respondWithinHours"))) {
                    return new ServiceTarget.ResponseTime(v.get("respondWithinHours"));
                }
            } catch (IllegalArgumentException e) {
                throw error(start, "target: " + e.getMessage());
            }
            throw error(start, "target: expected exactly {\"serviceLevel\":X,\"seconds\":T}, {\"asaSeconds\":A} or "
                    + "{\"respondWithinHours\":H}, found fields " + v.keySet());
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }

        private IllegalArgumentException error(String what) {
            return error(p.currentTokenLocation(), what);
        }

        private IllegalArgumentException error(JsonLocation at, String what) {
            String where = queue == null ? "" : "queue " + queue + ": ";
            return new IllegalArgumentException(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + where
                    + what);
        }

        private static String describe(JsonToken t) {
            if (t == null) {
                return "end of file";
            }
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> t.toString();
            };
        }
    }
}
