package org.staffcast.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}): every 4xx and 5xx answer of the API has this body.
 * {@code errors} names each bad field of a validation failure.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, @Nullable String detail,
                      @Nullable List<FieldError> errors) {

    /** One bad field: its JSON path ({@code name}, {@code skills[0].proficiency}, query parameter name) and what is wrong. */
    @Serdeable
    public record FieldError(String field, String message) {
    }
}
