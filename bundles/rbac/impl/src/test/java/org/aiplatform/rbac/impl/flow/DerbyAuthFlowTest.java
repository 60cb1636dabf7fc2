package org.aiplatform.rbac.impl.flow;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyAuthFlowTest extends AuthFlowContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
