package org.staffcast.api.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.math.BigDecimal;
import org.staffcast.forecasting.io.CsvFields;
import java.math.RoundingMode;

/** CSV output helpers: RFC 4180 quoting and numbers with at most 4 decimals, no exponent. */
public final class Csv {

    private Csv() {
    }

    /** True when the client prefers {@code text/csv} over JSON in its Accept header. */
    public static boolean wanted(HttpRequest<?> request) {
        for (MediaType m : request.accept()) {
            if (m.getName().equals("text/csv")) {
                return true;
            }
            if (m.getName().equals(MediaType.APPLICATION_JSON) || m.getName().equals("*/*")) {
                return false;
            }
        }
        return false;
    }

    /** ISO-8601 with seconds and offset, as in the JSON answers: {@code 2026-03-30T10:00:00+02:00}. */
    public static String time(java.time.OffsetDateTime t) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    public static String field(String s) {
        return s == null ? "" : CsvFields.quote(s);
    }

    public static String number(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
