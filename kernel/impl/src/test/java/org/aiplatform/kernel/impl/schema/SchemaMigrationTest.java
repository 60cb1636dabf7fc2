package org.aiplatform.kernel.impl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {

    @Test
    void migratesOnceAndKeepsItsOwnHistoryTable() throws Exception {
        try (TestDatabase db = TestDatabase.derby()) {
            List<URL> scripts = KernelSchema.scripts(SchemaMigration.COMMON, SchemaMigration.vendorFolder("derby"));
            SchemaMigration.Outcome first = SchemaMigration.run(db.dataSource(), "aip_schema_history", scripts);
            assertEquals("2", first.version());
            assertEquals(2, first.applied());
            SchemaMigration.Outcome again = SchemaMigration.run(db.dataSource(), "aip_schema_history", scripts);
            assertEquals(0, again.applied(), "a second start applies nothing");
            // Flyway quotes its table name, so Derby keeps it in lower case
            assertEquals(2, count(db, "select count(*) from \"aip_schema_history\" where \"success\" = true"));
            assertEquals(0, count(db, "select count(*) from aip_project"));
        }
    }

    @Test
    void eachBundleHasItsOwnHistory(@TempDir Path dir) throws Exception {
        URL other = write(dir, "V1__other_area.sql", "CREATE TABLE oth_thing (id INT PRIMARY KEY)");
        try (TestDatabase db = TestDatabase.derby()) {
            SchemaMigration.run(db.dataSource(), "aip_schema_history", KernelSchema.scripts(SchemaMigration.COMMON));
            SchemaMigration.Outcome area = SchemaMigration.run(db.dataSource(), "oth_schema_history", List.of(other));
            assertEquals("1", area.version(), "version 1 of another bundle is not the kernel's version 1");
            assertEquals(1, area.applied());
        }
    }

    @Test
    void aBrokenScriptFailsAndIsNotRecordedAsApplied(@TempDir Path dir) throws Exception {
        URL broken = write(dir, "V1__broken.sql", "CREATE TABLE (oops");
        try (TestDatabase db = TestDatabase.derby()) {
            assertThrows(FlywayException.class,
                () -> SchemaMigration.run(db.dataSource(), "brk_schema_history", List.of(broken)));
        }
    }

    @Test
    void aBundleWithoutScriptsIsAtVersionZero() {
        try (TestDatabase db = TestDatabase.derby()) {
            assertEquals("0", SchemaMigration.run(db.dataSource(), "none_schema_history", List.of()).version());
        }
    }

    @Test
    void headerNamesSchemaAndHistoryTable() {
        assertEquals(new SchemaHeader("kernel", "aip_schema_history"),
            SchemaHeader.parse("kernel;table=aip_schema_history"));
        assertEquals(new SchemaHeader("tracking", "tracking_schema_history"), SchemaHeader.parse(" tracking "));
        assertThrows(IllegalArgumentException.class, () -> SchemaHeader.parse("Bad-Name"));
        assertThrows(IllegalArgumentException.class, () -> SchemaHeader.parse("ok;table=x; drop table y"));
        assertThrows(IllegalArgumentException.class, () -> SchemaHeader.parse("ok;location=elsewhere"));
    }

    private static URL write(Path dir, String name, String sql) throws IOException {
        return Files.writeString(dir.resolve(name), sql).toUri().toURL();
    }

    private static int count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
