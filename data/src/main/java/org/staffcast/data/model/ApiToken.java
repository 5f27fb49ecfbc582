package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A bearer API token: only its SHA-256 hash (hex) is stored. {@code createdAt} is UTC epoch seconds. */
@MappedEntity("api_token")
public record ApiToken(@Id @GeneratedValue Long id, String name, String role, String tokenHash, long createdAt,
                       boolean revoked) {
}
