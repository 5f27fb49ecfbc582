package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.staffcast.data.model.Skill;

/** Skill rows of a site. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SkillRepository extends CrudRepository<Skill, Long> {

    Page<Skill> findBySiteId(Long siteId, Pageable pageable);

    List<Skill> findBySiteIdOrderById(Long siteId);

    Optional<Skill> findByIdAndSiteId(Long id, Long siteId);

    boolean existsBySiteIdAndName(Long siteId, String name);

}
