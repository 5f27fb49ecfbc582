package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import org.staffcast.data.model.Site;

/** Sites. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SiteRepository extends PageableRepository<Site, Long> {
}
