package org.aiplatform.kernel.api.persistence;

import java.sql.SQLException;

/**
 * Recognises database errors by SQLSTATE, which Derby and PostgreSQL share.
 *
 * @since 1.0.0
 */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /**
     * Stores check names first; the unique index decides when two writers race, and this tells that case apart.
     *
     * @param failure what JPA or JDBC threw
     * @return true when a unique constraint refused the write (two writers raced for the same name)
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
