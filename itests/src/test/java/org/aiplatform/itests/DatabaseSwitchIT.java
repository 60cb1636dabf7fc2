package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.Waiting;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Starts on embedded Derby, then switches the running platform to PostgreSQL the way an operator does: by
 * editing only etc/org.ops4j.datasource-aiplatform.cfg. Runs in the PostgreSQL pass (-Ppostgresql).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DatabaseSwitchIT extends PlatformTestSupport {

    @Override
    @Configuration
    public Option[] config() {
        return platform(
            systemProperty(DATABASE).value(System.getProperty(DATABASE, "derby")),
            systemProperty("aip.pg.url").value(System.getProperty("aip.pg.url", "")),
            systemProperty("aip.pg.user").value(System.getProperty("aip.pg.user", "")),
            systemProperty("aip.pg.password").value(System.getProperty("aip.pg.password", "")));
    }

    @Override
    protected boolean useTestDatabase() {
        return false; // boot on the distribution's default, Derby
    }

    @Test
    public void editingTheDatasourceFileMovesThePlatformToPostgresql() throws Exception {
        assumeTrue("runs in the PostgreSQL pass", "postgresql".equals(System.getProperty(DATABASE)));
        awaitReady();
        assertEquals("Apache Derby", databaseProduct());
        assertEquals(201, http().post("/api/v1/projects", "{\"name\": \"on-derby-" + suffix() + "\"}").statusCode());

        Path cfg = Paths.get(System.getProperty("karaf.etc"), "org.ops4j.datasource-aiplatform.cfg");
        Files.writeString(cfg, String.join("\n",
            "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
            "url = " + System.getProperty("aip.pg.url"),
            "user = " + System.getProperty("aip.pg.user"),
            "password = " + System.getProperty("aip.pg.password"),
            "dataSourceName = aiplatform",
            "pool = dbcp2",
            "xa = false", ""), StandardCharsets.UTF_8);

        Waiting.untilPasses(Duration.ofMinutes(1), () -> assertEquals("PostgreSQL", databaseProduct()));
        awaitReady();
        String name = "on-postgresql-" + suffix();
        var created = http().post("/api/v1/projects", "{\"name\": \"" + name + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("the row is in PostgreSQL", 1, rowsNamed(name));
    }

    private String databaseProduct() {
        JsonNode checks = PlatformHttp.json(http().get("/api/v1/health").body()).get("checks");
        for (JsonNode check : checks) {
            if ("database".equals(check.get("name").asText())) {
                return check.path("detail").asText();
            }
        }
        return "";
    }

    private int rowsNamed(String name) throws Exception {
        ServiceReference<DataSource> ref = bundleContext.getServiceReferences(DataSource.class,
            "(osgi.jndi.service.name=aiplatform)").iterator().next();
        DataSource dataSource = bundleContext.getService(ref);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from aip_project where name = ?")) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
