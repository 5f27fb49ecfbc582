package org.staffcast.data.repo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import org.staffcast.data.model.AgentPreference;

/** AgentPreference rows, replaced as a whole when their parent is updated. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AgentPreferenceRepository extends CrudRepository<AgentPreference, Long> {

    List<AgentPreference> findByAgentIdOrderById(Long agentId);

    List<AgentPreference> findByAgentIdInOrderById(Collection<Long> agentIds);

    void deleteByAgentId(Long agentId);

}
