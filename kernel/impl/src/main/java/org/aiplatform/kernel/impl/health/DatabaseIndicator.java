package org.aiplatform.kernel.impl.health;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.health.HealthIndicator;
import org.aiplatform.kernel.api.health.HealthResult;
import org.aiplatform.kernel.api.health.HealthStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** UP when the platform DataSource exists and hands out a valid connection. */
@Component(service = HealthIndicator.class)
public class DatabaseIndicator implements HealthIndicator {
    private static final int VALID_TIMEOUT_SECONDS = 2;

    @Reference(target = "(osgi.jndi.service.name=aiplatform)", cardinality = ReferenceCardinality.OPTIONAL,
        policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Override
    public HealthResult check() {
        DataSource current = dataSource;
        if (current == null) {
            return HealthResult.down("database", "no DataSource aiplatform: check etc/org.ops4j.datasource-aiplatform.cfg");
        }
        try (Connection connection = current.getConnection()) {
            if (!connection.isValid(VALID_TIMEOUT_SECONDS)) {
                return HealthResult.down("database", "connection not valid");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return new HealthResult("database", HealthStatus.UP, meta.getDatabaseProductName(),
                Map.of("product", meta.getDatabaseProductName(), "version", meta.getDatabaseProductVersion()));
        } catch (SQLException e) {
            return HealthResult.down("database", "unreachable: " + e.getMessage());
        }
    }
}
