package org.staffcast.data.store;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Published schedules: one row per version plus its activities. Publishing never changes an earlier version; it
 * writes the next version number of the same site and horizon in one transaction (the unique key on
 * (site, horizon start, version) turns a concurrent publish of the same version into an error, not a silent overwrite).
 */
@Singleton
public class ScheduleStore {

    /** Figures of the solve that produced the schedule. */
    public record Header(long siteId, LocalDate horizonStart, int days, long hardScore, long softScore,
                         double shortfallAgentHours, double lowerBoundAgentHours, String note) {
    }

    /**
     * One activity of an agent ({@code kind} SHIFT, WORK, BREAK, LUNCH, ...), UTC epoch seconds; {@code queueRef} is
     * the queue a WORK activity is on, null otherwise.
     */
    public record Activity(String agentRef, LocalDate date, String kind, String queueRef, long startUtc, long endUtc) {
    }

    /** A stored schedule version. */
    public record Published(long id, int version, long activities) {
    }

    private final ConnectionOperations<Connection> connections;

    public ScheduleStore(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** Stores {@code activities} as the next PUBLISHED version of the site's schedule for the horizon. */
    @Transactional
    public Published publish(Header h, List<Activity> activities) {
        Connection c = connections.getConnectionStatus().getConnection();
        try {
            int version = nextVersion(c, h.siteId(), h.horizonStart());
            final long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO schedule (site_id, horizon_start, days, version, status, "
                    + "hard_score, soft_score, shortfall_agent_hours, lower_bound_agent_hours, note, published_at) "
                    + "VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, h.siteId());
                ps.setDate(2, Date.valueOf(h.horizonStart()));
                ps.setInt(3, h.days());
                ps.setInt(4, version);
                ps.setLong(5, h.hardScore());
                ps.setLong(6, h.softScore());
                ps.setDouble(7, h.shortfallAgentHours());
                ps.setDouble(8, h.lowerBoundAgentHours());
                ps.setString(9, h.note());
                ps.setTimestamp(10, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            JdbcBatches.insert(c, "INSERT INTO schedule_activity (schedule_id, agent_ref, activity_date, kind, queue_ref, "
                    + "start_utc, end_utc) VALUES (?, ?, ?, ?, ?, ?, ?)", activities, (ps, a) -> {
                        ps.setLong(1, id);
                        ps.setString(2, a.agentRef());
                        ps.setDate(3, Date.valueOf(a.date()));
                        ps.setString(4, a.kind());
                        ps.setString(5, a.queueRef());
                        ps.setLong(6, a.startUtc());
                        ps.setLong(7, a.endUtc());
                    });
            return new Published(id, version, activities.size());
        } catch (SQLException e) {
            throw new StoreException("cannot publish the schedule: " + e.getMessage(), e);
        }
    }


    private static int nextVersion(Connection c, long siteId, LocalDate horizonStart) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) FROM schedule WHERE site_id = ? AND horizon_start = ?")) {
            ps.setLong(1, siteId);
            ps.setDate(2, Date.valueOf(horizonStart));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }
}
