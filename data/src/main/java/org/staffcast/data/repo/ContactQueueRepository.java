package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.staffcast.data.model.ContactQueue;

/** ContactQueue rows of a site. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContactQueueRepository extends CrudRepository<ContactQueue, Long> {

    Page<ContactQueue> findBySiteId(Long siteId, Pageable pageable);

    List<ContactQueue> findBySiteIdOrderById(Long siteId);

    Optional<ContactQueue> findByIdAndSiteId(Long id, Long siteId);

    boolean existsBySiteIdAndName(Long siteId, String name);

    long countBySkillId(Long skillId);

    Optional<ContactQueue> findBySiteIdAndName(Long siteId, String name);
}
