package org.staffcast.api.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every error Micronaut itself answers (unknown route 404, 405, 406, 415, 413, malformed JSON, unconvertible
 * parameters, 401/403 from security, unhandled 500) into {@code application/problem+json}.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        List<Problem.FieldError> fields = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Error e : context.getErrors()) {
            messages.add(e.getMessage());
            e.getPath().ifPresent(p -> fields.add(new Problem.FieldError(p, e.getMessage())));
        }
        String detail;
        if (status >= 500) {
            // never leak internals; the log has the stack trace
            detail = "the server failed to answer this request; it has been logged";
        } else if (messages.isEmpty()) {
            detail = Problems.reason(status);
        } else {
            detail = String.join("; ", messages);
        }
        return (MutableHttpResponse<Problem>) Problems.fill(context.getRequest(), response, status, detail, fields);
    }
}
