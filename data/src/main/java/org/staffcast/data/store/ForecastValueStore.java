package org.staffcast.data.store;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Base forecast values of a run, one row per queue per interval, written in JDBC batches. */
@Singleton
public class ForecastValueStore {

    /** One forecast interval; {@code intervalStart} in UTC epoch seconds; {@code ahtSeconds} NaN when unknown. */
    public record Row(long queueId, long intervalStart, double volume, double volumeLo80, double volumeHi80,
                      double ahtSeconds, String model) {
    }

    private final ConnectionOperations<Connection> connections;

    public ForecastValueStore(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    @Transactional
    public void insert(long runId, List<Row> rows) {
        String sql = "INSERT INTO forecast_value (run_id, queue_id, interval_start, volume, volume_lo80, volume_hi80, aht_seconds, model) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try {
            JdbcBatches.insert(connections.getConnectionStatus().getConnection(), sql, rows, (ps, r) -> {
                ps.setLong(1, runId);
                ps.setLong(2, r.queueId());
                ps.setLong(3, r.intervalStart());
                ps.setDouble(4, r.volume());
                ps.setDouble(5, r.volumeLo80());
                ps.setDouble(6, r.volumeHi80());
                JdbcBatches.setDouble(ps, 7, r.ahtSeconds());
                ps.setString(8, r.model());
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store forecast values: " + e.getMessage(), e);
        }
    }

    /** The run's values in (queue, interval) order. */
    @ReadOnly
    public List<Row> find(long runId) {
        String sql = "SELECT queue_id, interval_start, volume, volume_lo80, volume_hi80, aht_seconds, model "
                + "FROM forecast_value WHERE run_id = ? ORDER BY run_id, queue_id, interval_start";
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = connections.getConnectionStatus().getConnection().prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Double aht = JdbcBatches.getDouble(rs, 6);
                    out.add(new Row(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                            aht == null ? Double.NaN : aht, rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read forecast values: " + e.getMessage(), e);
        }
        return out;
    }
}
