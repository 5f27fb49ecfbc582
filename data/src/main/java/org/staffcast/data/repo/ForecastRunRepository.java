package org.staffcast.data.repo;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.staffcast.data.model.ForecastRun;

/** Forecast runs of a site, newest version last. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ForecastRunRepository extends CrudRepository<ForecastRun, Long> {

    Page<ForecastRun> findBySiteId(Long siteId, Pageable pageable);

    Optional<ForecastRun> findByIdAndSiteId(Long id, Long siteId);

    @Query("SELECT COALESCE(MAX(run_number), 0) FROM forecast_run WHERE site_id = :siteId")
    int maxRunNumber(Long siteId);

    Optional<ForecastRun> findFirstBySiteIdAndStatusOrderByRunNumberDesc(Long siteId, String status);
}
