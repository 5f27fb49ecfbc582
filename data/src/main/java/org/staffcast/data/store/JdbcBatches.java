package org.staffcast.data.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** JDBC helpers shared by the stores that write many rows: batched inserts and nullable doubles. */
final class JdbcBatches {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough to keep driver buffers modest. */
    static final int BATCH = 2_000;

    /** Sets the parameters of one row. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private JdbcBatches() {
    }

    /** Runs {@code sql} once per row in batches of {@link #BATCH}; returns the number of rows sent. */
    static <T> long insert(Connection c, String sql, Iterable<T> rows, Binder<T> binder) throws SQLException {
        long written = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                written++;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        return written;
    }

    /** Writes {@code value}, or SQL NULL for null, NaN and infinities (unknown). */
    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** Reads a nullable DOUBLE column. */
    static Double getDouble(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }
}
