package org.aiplatform.gpu.impl;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** One JDBC transaction per call on the platform DataSource; the GPU tables are written in batches. */
public final class Jdbc {
    /** Work inside the transaction. */
    @FunctionalInterface
    public interface Work<R> {
        R apply(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return what the work returned, committed; a failure rolls back and surfaces as IllegalStateException */
    public <R> R inTransaction(Work<R> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                R result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("gpu store: " + e.getMessage(), e);
        }
    }
}
