package org.staffcast.data.store;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Staffing requirements of a requirement run, one row per queue per interval. */
@Singleton
public class RequirementStore {

    /** Agents needed in one interval of one queue, with the projected service level ({@code null} when undefined). */
    public record Row(long queueId, long intervalStart, double volume, double ahtSeconds, int agentsRaw,
                      int agentsRequired, Double serviceLevel, Double asaSeconds, Double occupancy,
                      Double abandonRate) {
    }

    private final ConnectionOperations<Connection> connections;

    public RequirementStore(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    @Transactional
    public void insert(long runId, List<Row> rows) {
        String sql = "INSERT INTO staffing_requirement (run_id, queue_id, interval_start, volume, aht_seconds, agents_raw, "
                + "agents_required, service_level, asa_seconds, occupancy, abandon_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try {
            JdbcBatches.insert(connections.getConnectionStatus().getConnection(), sql, rows, (ps, r) -> {
                ps.setLong(1, runId);
                ps.setLong(2, r.queueId());
                ps.setLong(3, r.intervalStart());
                ps.setDouble(4, r.volume());
                ps.setDouble(5, r.ahtSeconds());
                ps.setInt(6, r.agentsRaw());
                ps.setInt(7, r.agentsRequired());
                JdbcBatches.setDouble(ps, 8, r.serviceLevel());
                JdbcBatches.setDouble(ps, 9, r.asaSeconds());
                JdbcBatches.setDouble(ps, 10, r.occupancy());
                JdbcBatches.setDouble(ps, 11, r.abandonRate());
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store staffing requirements: " + e.getMessage(), e);
        }
    }

    /** Peak and sum of required agents of one queue in one run. */
    public record QueueTotals(long runId, long queueId, int peakAgentsRequired, long sumAgentsRequired) {
    }

    /** Per run and queue: peak and sum of agents required, computed in the database (no rows are loaded). */
    @ReadOnly
    public List<QueueTotals> totals(java.util.Collection<Long> runIds) {
        List<QueueTotals> out = new ArrayList<>();
        if (runIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(runIds.size(), "?"));
        String sql = "SELECT run_id, queue_id, MAX(agents_required), SUM(agents_required) FROM staffing_requirement "
                + "WHERE run_id IN (" + marks + ") GROUP BY run_id, queue_id ORDER BY run_id, queue_id";
        try (PreparedStatement ps = connections.getConnectionStatus().getConnection().prepareStatement(sql)) {
            int i = 1;
            for (Long id : runIds) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QueueTotals(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read staffing requirements: " + e.getMessage(), e);
        }
        return out;
    }

    @ReadOnly
    public List<Row> find(long runId) {
        String sql = "SELECT queue_id, interval_start, volume, aht_seconds, agents_raw, agents_required, service_level, "
                + "asa_seconds, occupancy, abandon_rate FROM staffing_requirement WHERE run_id = ? ORDER BY run_id, queue_id, interval_start";
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = connections.getConnectionStatus().getConnection().prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5),
                            rs.getInt(6), JdbcBatches.getDouble(rs, 7), JdbcBatches.getDouble(rs, 8),
                            JdbcBatches.getDouble(rs, 9), JdbcBatches.getDouble(rs, 10)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read staffing requirements: " + e.getMessage(), e);
        }
        return out;
    }

}
