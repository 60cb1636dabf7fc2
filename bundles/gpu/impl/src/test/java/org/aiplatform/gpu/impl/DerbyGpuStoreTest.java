package org.aiplatform.gpu.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyGpuStoreTest extends GpuStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
