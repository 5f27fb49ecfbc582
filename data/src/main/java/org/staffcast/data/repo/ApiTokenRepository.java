package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.staffcast.data.model.ApiToken;

/** API tokens, looked up by the SHA-256 of the presented bearer token. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ApiTokenRepository extends CrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHashAndRevokedFalse(String tokenHash);
}
