package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.staffcast.data.model.Contract;

/** Contract rows of a site. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContractRepository extends CrudRepository<Contract, Long> {

    Page<Contract> findBySiteId(Long siteId, Pageable pageable);

    List<Contract> findBySiteIdOrderById(Long siteId);

    Optional<Contract> findByIdAndSiteId(Long id, Long siteId);

    boolean existsBySiteIdAndName(Long siteId, String name);

}
