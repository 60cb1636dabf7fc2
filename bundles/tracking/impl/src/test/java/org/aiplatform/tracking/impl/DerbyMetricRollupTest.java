package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyMetricRollupTest extends MetricRollupContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
