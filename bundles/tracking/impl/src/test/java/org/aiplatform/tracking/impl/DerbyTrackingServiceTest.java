package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyTrackingServiceTest extends TrackingServiceContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
