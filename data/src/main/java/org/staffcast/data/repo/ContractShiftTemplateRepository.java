package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import org.staffcast.data.model.ContractShiftTemplate;

/** ContractShiftTemplate rows, replaced as a whole when their parent is updated. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContractShiftTemplateRepository extends CrudRepository<ContractShiftTemplate, Long> {

    List<ContractShiftTemplate> findByContractIdOrderById(Long contractId);

    List<ContractShiftTemplate> findByContractIdInOrderById(Collection<Long> contractIds);

    void deleteByContractId(Long contractId);

    long countByShiftTemplateId(Long shiftTemplateId);
}
