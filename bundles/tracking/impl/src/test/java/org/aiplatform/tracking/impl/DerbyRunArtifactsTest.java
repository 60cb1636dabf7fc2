package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyRunArtifactsTest extends RunArtifactsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
