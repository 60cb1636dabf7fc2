package org.aiplatform.kernel.impl.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

/** Migrates a test database with the kernel's own scripts, the way the extender does in the container. */
public final class KernelSchema {
    public static final String HISTORY = "aip_schema_history";

    private KernelSchema() {
    }

    /** @return the version reached */
    public static String migrate(DataSource dataSource) {
        try {
            String vendor = SchemaMigration.vendor(dataSource);
            return SchemaMigration.run(dataSource, HISTORY,
                scripts(SchemaMigration.COMMON, SchemaMigration.vendorFolder(vendor))).version();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the .sql files of the folders on the test class path, as the bundle would list them */
    static List<URL> scripts(String... folders) {
        List<URL> urls = new ArrayList<>();
        for (String folder : folders) {
            URL dir = KernelSchema.class.getClassLoader().getResource(folder);
            if (dir == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(Paths.get(dir.toURI()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    urls.add(file.toUri().toURL());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return urls;
    }
}
