package org.staffcast.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

/** {@code WWW-Authenticate: Bearer realm="staffcast"} on every 401 (RFC 6750, section 3). */
@Singleton
public class BearerChallenge implements WwwAuthenticateChallengeProvider<HttpRequest<?>> {

    @Override
    public String getWwwAuthenticateChallenge(HttpRequest<?> request) {
        return "Bearer realm=\"staffcast\"";
    }
}
