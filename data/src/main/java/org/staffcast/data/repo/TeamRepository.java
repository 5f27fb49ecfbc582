package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.staffcast.data.model.Team;

/** Team rows of a site. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface TeamRepository extends CrudRepository<Team, Long> {

    Page<Team> findBySiteId(Long siteId, Pageable pageable);

    List<Team> findBySiteIdOrderById(Long siteId);

    Optional<Team> findByIdAndSiteId(Long id, Long siteId);

    boolean existsBySiteIdAndName(Long siteId, String name);

}
