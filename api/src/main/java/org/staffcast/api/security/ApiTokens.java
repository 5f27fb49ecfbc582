package org.staffcast.api.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.staffcast.data.model.ApiToken;
import org.staffcast.data.repo.ApiTokenRepository;

/**
 * Creates and checks bearer API tokens. A token is {@code sc_} + 32 random bytes (256 bits, base64url); only its
 * SHA-256 is stored, so a database dump reveals no usable token. A plain hash (no salt, no slow KDF) is enough for
 * a 256-bit random secret: there is nothing to guess.
 */
@Singleton
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository repository;

    public ApiTokens(ApiTokenRepository repository) {
        this.repository = repository;
    }

    /** A created token: the clear text is shown once and never stored. */
    public record Created(long id, String name, String role, String token) {
    }

    @Transactional
    public Created create(String name, String role) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("--name: give 1 to 200 characters");
        }
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("--role: " + role + " is not one of " + String.join(", ", Roles.ALL));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "sc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = repository.save(new ApiToken(null, name, role, sha256(token), Instant.now().getEpochSecond(), false));
        return new Created(saved.id(), name, role, token);
    }

    /** The live token with this clear text, if any. */
    public Optional<ApiToken> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return repository.findByTokenHashAndRevokedFalse(sha256(token));
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code token}. */
    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
