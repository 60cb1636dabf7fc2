package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * Runs work in one JDBC transaction on the platform DataSource: the hot path logs thousands of metric points per
 * call, which JDBC batches write far cheaper than one JPA entity per point.
 */
final class Jdbc {
    /** Work on the transaction's connection. */
    @FunctionalInterface
    interface Work<R> {
        R apply(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** @return what the work returned, after the commit; any failure rolls everything back */
    <R> R inTransaction(Work<R> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                R result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit); // the connection goes back to a pool
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tracking store: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException rollback) {
            failure.addSuppressed(rollback);
        }
    }
}
