package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.staffcast.data.model.ForecastAdjustment;

/** Adjustments of a forecast run, in the order they were made (the order they apply in). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ForecastAdjustmentRepository extends CrudRepository<ForecastAdjustment, Long> {

    List<ForecastAdjustment> findByRunIdOrderById(Long runId);

    List<ForecastAdjustment> findByRunIdAndDeletedAtIsNullOrderById(Long runId);

    Optional<ForecastAdjustment> findByIdAndRunId(Long id, Long runId);
}
