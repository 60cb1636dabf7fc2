package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyTrackingSearchTest extends TrackingSearchContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
