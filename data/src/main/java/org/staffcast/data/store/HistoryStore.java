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
import java.util.function.Consumer;

/**
 * Contact history rows (one per queue per interval), written with JDBC batches and read in primary-key order
 * (site, queue, interval_start). Plain JDBC instead of repository calls because an import is up to a million rows.
 */
@Singleton
public class HistoryStore {

    /** One history interval; {@code intervalStart} in UTC epoch seconds; nullable fields may be unknown. */
    public record Row(long queueId, long intervalStart, double offered, Double handled, Double abandoned,
                      Double ahtSeconds) {
    }

    /** Rows, first and last interval start of one queue's stored history. */
    public record QueueSpan(long queueId, long rows, long firstIntervalStart, long lastIntervalStart) {
    }

    private final ConnectionOperations<Connection> connections;

    public HistoryStore(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /**
     * Replaces, for each queue in {@code rows}, the stored history from that queue's first to its last uploaded
     * interval (inclusive) by {@code rows}: one range DELETE per queue on the primary key, then plain INSERT batches
     * (4x faster than INSERT ... ON DUPLICATE KEY UPDATE on MariaDB, see docs/benchmarks.md). Must run inside the
     * caller's transaction so that a failure anywhere leaves the table as it was.
     *
     * @return rows written
     */
    @Transactional
    public long replace(long siteId, List<Row> rows) {
        java.util.Map<Long, long[]> spans = new java.util.TreeMap<>();
        for (Row r : rows) {
            long[] span = spans.computeIfAbsent(r.queueId(), q -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            span[0] = Math.min(span[0], r.intervalStart());
            span[1] = Math.max(span[1], r.intervalStart());
        }
        Connection c = connection();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM contact_history WHERE site_id = ? AND queue_id = ? "
                + "AND interval_start >= ? AND interval_start <= ?")) {
            for (var e : spans.entrySet()) {
                del.setLong(1, siteId);
                del.setLong(2, e.getKey());
                del.setLong(3, e.getValue()[0]);
                del.setLong(4, e.getValue()[1]);
                del.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot replace contact history: " + e.getMessage(), e);
        }
        String sql = "INSERT INTO contact_history (site_id, queue_id, interval_start, offered, handled, abandoned, aht_seconds) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        try {
            return JdbcBatches.insert(c, sql, rows, (ps, r) -> {
                ps.setLong(1, siteId);
                ps.setLong(2, r.queueId());
                ps.setLong(3, r.intervalStart());
                ps.setDouble(4, r.offered());
                JdbcBatches.setDouble(ps, 5, r.handled());
                JdbcBatches.setDouble(ps, 6, r.abandoned());
                JdbcBatches.setDouble(ps, 7, r.ahtSeconds());
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store contact history: " + e.getMessage(), e);
        }
    }

    /** Calls {@code sink} with every row of the site in (queue, interval_start) order, {@code from <= start < to}. */
    @ReadOnly
    public void forEach(long siteId, long from, long to, Consumer<Row> sink) {
        String sql = "SELECT queue_id, interval_start, offered, handled, abandoned, aht_seconds FROM contact_history "
                + "WHERE site_id = ? AND interval_start >= ? AND interval_start < ? ORDER BY site_id, queue_id, interval_start";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setLong(1, siteId);
            ps.setLong(2, from);
            ps.setLong(3, to);
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Row(rs.getLong(1), rs.getLong(2), rs.getDouble(3), JdbcBatches.getDouble(rs, 4), JdbcBatches.getDouble(rs, 5),
                            JdbcBatches.getDouble(rs, 6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read contact history: " + e.getMessage(), e);
        }
    }

    /** One queue's rows with {@code from <= interval_start < to}, in time order (served by the primary key). */
    @ReadOnly
    public List<Row> findByQueue(long siteId, long queueId, long from, long to) {
        String sql = "SELECT queue_id, interval_start, offered, handled, abandoned, aht_seconds FROM contact_history "
                + "WHERE site_id = ? AND queue_id = ? AND interval_start >= ? AND interval_start < ? ORDER BY interval_start";
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setLong(1, siteId);
            ps.setLong(2, queueId);
            ps.setLong(3, from);
            ps.setLong(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), rs.getLong(2), rs.getDouble(3), JdbcBatches.getDouble(rs, 4), JdbcBatches.getDouble(rs, 5),
                            JdbcBatches.getDouble(rs, 6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read contact history: " + e.getMessage(), e);
        }
        return out;
    }

    /** Per queue of the site: stored rows and first/last interval start. */
    @ReadOnly
    public List<QueueSpan> spans(long siteId) {
        String sql = "SELECT queue_id, COUNT(*), MIN(interval_start), MAX(interval_start) FROM contact_history "
                + "WHERE site_id = ? GROUP BY queue_id ORDER BY queue_id";
        List<QueueSpan> out = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QueueSpan(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read contact history: " + e.getMessage(), e);
        }
        return out;
    }

    /** Deletes the site's history; returns the number of rows removed. */
    @Transactional
    public long deleteSite(long siteId) {
        try (PreparedStatement ps = connection().prepareStatement("DELETE FROM contact_history WHERE site_id = ?")) {
            ps.setLong(1, siteId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot delete contact history: " + e.getMessage(), e);
        }
    }

    private Connection connection() {
        return connections.getConnectionStatus().getConnection();
    }


}
