package org.aiplatform.kernel.impl.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import javax.sql.DataSource;

import org.aiplatform.kernel.impl.blob.JdbcBlobService;
import org.aiplatform.kernel.impl.blob.LocalBlobStore;

/** The real blob service (local store in a folder, references in the test database) for other bundles' tests. */
public final class TestBlobs {
    private static final String REFS_SCRIPT = "org/aiplatform/kernel/impl/testing/V2__blob_refs.sql";

    private TestBlobs() {
    }

    /**
     * Creates the kernel's blob reference table in a test database that holds another bundle's schema (so the
     * kernel's Flyway history is not used) and returns the service over a local store in {@code folder}.
     */
    public static JdbcBlobService create(DataSource dataSource, Path folder) {
        try (InputStream in = TestBlobs.class.getClassLoader().getResourceAsStream(REFS_SCRIPT);
             Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new JdbcBlobService(new LocalBlobStore(folder, 8192), dataSource, Clock.systemUTC());
    }
}
