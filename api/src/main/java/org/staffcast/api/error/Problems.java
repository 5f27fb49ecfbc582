package org.staffcast.api.error;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Locale;

/** Builds {@code application/problem+json} responses. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.of(MEDIA_TYPE);
    static final String TYPE_BASE = "https://staffcast.org/problems/";

    private Problems() {
    }

    /** A problem for {@code status}: its type URI is derived from the reason phrase ({@code .../not-found}). */
    public static Problem of(int status, String detail, List<Problem.FieldError> errors) {
        String title = reason(status);
        String slug = status == 400 && errors != null && !errors.isEmpty() ? "validation-failed"
                : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new Problem(TYPE_BASE + slug, title, status, detail, errors == null || errors.isEmpty() ? null : errors);
    }

    public static MutableHttpResponse<?> response(HttpRequest<?> request, int status, String detail,
                                                  List<Problem.FieldError> errors) {
        return fill(request, HttpResponse.status(HttpStatus.valueOf(status)), status, detail, errors);
    }

    static MutableHttpResponse<?> fill(HttpRequest<?> request, MutableHttpResponse<?> response, int status,
                                       String detail, List<Problem.FieldError> errors) {
        if (request != null && request.getMethod() == HttpMethod.HEAD) {
            return response;
        }
        return response.body(of(status, detail, errors)).contentType(PROBLEM_JSON);
    }

    static String reason(int status) {
        try {
            return HttpStatus.valueOf(status).getReason();
        } catch (IllegalArgumentException e) {
            return status >= 500 ? "Server Error" : "Client Error";
        }
    }
}
