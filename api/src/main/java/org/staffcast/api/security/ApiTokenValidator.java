package org.staffcast.api.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Validates {@code Authorization: Bearer <token>} against the stored token hashes. The database look-up runs on the
 * blocking executor, never on the event loop. An unknown or revoked token authenticates nobody (401).
 */
@Singleton
public class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final ApiTokens tokens;
    private final ExecutorService blocking;

    public ApiTokenValidator(ApiTokens tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> tokens.find(token)
                        .map(t -> Authentication.build(t.name(), List.of(t.role()), Map.of("tokenId", t.id())))
                        .orElse(null),
                blocking));
    }
}
