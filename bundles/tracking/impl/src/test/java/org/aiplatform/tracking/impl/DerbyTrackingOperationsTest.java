package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyTrackingOperationsTest extends TrackingOperationsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
