package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs with -Ppostgresql against the server .ci/start-postgresql prepares. */
@EnabledIfSystemProperty(named = "aip.test.db", matches = "postgresql")
class PostgresqlMetricRollupTest extends MetricRollupContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgresql();
    }
}
