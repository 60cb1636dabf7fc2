package org.aiplatform.kernel.impl.blob;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyBlobServiceTest extends BlobServiceContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
