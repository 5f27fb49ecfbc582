package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.staffcast.data.model.RequirementRun;

/** Requirement computations of a site. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RequirementRunRepository extends CrudRepository<RequirementRun, Long> {

    Page<RequirementRun> findBySiteId(Long siteId, Pageable pageable);

    Optional<RequirementRun> findByIdAndSiteId(Long id, Long siteId);
}
