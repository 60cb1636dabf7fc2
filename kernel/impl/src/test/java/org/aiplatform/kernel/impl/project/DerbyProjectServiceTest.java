package org.aiplatform.kernel.impl.project;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyProjectServiceTest extends ProjectServiceContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
