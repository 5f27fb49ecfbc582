package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.staffcast.data.model.Agent;

/** Agent rows of a site. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AgentRepository extends CrudRepository<Agent, Long> {

    Page<Agent> findBySiteId(Long siteId, Pageable pageable);

    List<Agent> findBySiteIdOrderById(Long siteId);

    Optional<Agent> findByIdAndSiteId(Long id, Long siteId);


    long countByTeamId(Long teamId);

    long countByContractId(Long contractId);

    long countBySiteId(Long siteId);
}
