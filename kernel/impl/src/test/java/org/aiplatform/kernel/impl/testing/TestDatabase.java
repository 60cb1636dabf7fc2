package org.aiplatform.kernel.impl.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real, empty database for one test class: in-memory Derby, or a fresh schema of the PostgreSQL server named by
 * {@code aip.pg.url} when the build runs with {@code -Ppostgresql}.
 */
public final class TestDatabase implements AutoCloseable {
    private final DataSource dataSource;
    private final Runnable drop;

    private TestDatabase(DataSource dataSource, Runnable drop) {
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /** @return a new in-memory Derby database */
    public static TestDatabase derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        String name = "memory:test-" + UUID.randomUUID();
        ds.setDatabaseName(name);
        ds.setCreateDatabase("create");
        return new TestDatabase(ds, () -> {
            EmbeddedDataSource shutdown = new EmbeddedDataSource();
            shutdown.setDatabaseName(name);
            shutdown.setShutdownDatabase("shutdown"); // drops the in-memory database
            try (Connection ignored = shutdown.getConnection()) {
                // never reached: shutdown reports through an exception
            } catch (SQLException expected) {
                // 08006: the database is gone
            }
        });
    }

    /** @return a fresh schema on the PostgreSQL server of {@code aip.pg.url}, dropped on close */
    public static TestDatabase postgresql() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource admin = pg(null);
        execute(admin, "CREATE SCHEMA " + schema);
        return new TestDatabase(pg(schema), () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** @return true when the build asked for PostgreSQL tests ({@code -Ppostgresql}) */
    public static boolean postgresqlRequested() {
        return "postgresql".equals(System.getProperty("aip.test.db"));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        drop.run();
    }

    private static PGSimpleDataSource pg(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getProperty("aip.pg.url", "jdbc:postgresql://127.0.0.1:5432/aiplatform"));
        ds.setUser(System.getProperty("aip.pg.user", "aiplatform"));
        ds.setPassword(System.getProperty("aip.pg.password", "aiplatform"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
