package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyModelRegistryTest extends ModelRegistryContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
