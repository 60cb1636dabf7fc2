package org.aiplatform.gpu.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs with -Ppostgresql against the server .ci/start-postgresql prepares. */
@EnabledIfSystemProperty(named = "aip.test.db", matches = "postgresql")
class PostgresqlGpuStoreTest extends GpuStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgresql();
    }
}
