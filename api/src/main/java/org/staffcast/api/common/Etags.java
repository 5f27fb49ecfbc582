package org.staffcast.api.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import org.staffcast.api.error.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its row version ({@code "3"}); a PUT or DELETE with
 * {@code If-Match} succeeds only while the row still has that version, otherwise 409 Conflict.
 */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static <T> MutableHttpResponse<T> ok(T body, long version) {
        return HttpResponse.ok(body).header("ETag", of(version));
    }

    public static <T> MutableHttpResponse<T> created(T body, long version, String location) {
        return HttpResponse.<T>status(HttpStatus.CREATED).body(body).header("ETag", of(version)).header("Location", location);
    }

    /**
     * The version the client expects: the one in {@code If-Match}, or {@code current} when the header is absent or
     * {@code *}. A version other than {@code current} is a conflict.
     */
    public static long expected(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return current;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "").trim();
        long expected;
        try {
            expected = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag of this API such as \"3\"");
        }
        if (expected != current) {
            throw ProblemException.conflict("the resource is at version " + current + " but If-Match names " + expected
                    + "; read it again and retry");
        }
        return expected;
    }
}
