package org.staffcast.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Exception handlers of the API: each answers with a {@link Problem}. */
public final class ApiExceptionHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandlers.class);

    private ApiExceptionHandlers() {
    }

    /** Service-level 4xx. */
    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    public static class ProblemHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ProblemException e) {
            return Problems.response(request, e.status().getCode(), e.getMessage(), e.errors());
        }
    }

    /** Bean validation of bodies and parameters: 400 with one {@code errors} entry per violation, named by JSON path. */
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    @Requires(classes = ConstraintExceptionHandler.class)
    @Produces(Problems.MEDIA_TYPE)
    public static class ValidationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                    .toList();
            return Problems.response(request, 400, ProblemException.invalid(errors).getMessage(), errors);
        }
    }

    /** Optimistic locking: the row changed since the client read it. */
    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    public static class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, OptimisticLockException e) {
            return Problems.response(request, 409,
                    "the resource was changed by someone else since you read it; read it again (new ETag) and retry",
                    List.of());
        }
    }

    /** A unique or foreign key constraint refused the change: 409; any other database failure is a 500. */
    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    public static class DataAccessHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, DataAccessException e) {
            if (isConstraintViolation(e)) {
                return Problems.response(request, 409, "the change conflicts with existing data (duplicate name or id "
                        + "still in use)", List.of());
            }
            LOG.error("database failure on {} {}", request.getMethod(), request.getPath(), e);
            return Problems.response(request, 500, "the server failed to answer this request; it has been logged",
                    List.of());
        }
    }

    static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof java.sql.SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** {@code create.body.skills[0].proficiency} → {@code skills[0].proficiency}; a parameter keeps its own name. */
    static String fieldName(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        String lastParameter = null;
        boolean sawProperty = false;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable() && sb.length() > 0) {
                // the index of a list element belongs to the list named by the previous node
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(node.getName());
            sawProperty = true;
        }
        if (!sawProperty) {
            return lastParameter != null ? lastParameter : "body";
        }
        return sb.toString();
    }
}
