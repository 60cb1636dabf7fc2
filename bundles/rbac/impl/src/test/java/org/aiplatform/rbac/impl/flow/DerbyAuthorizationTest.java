package org.aiplatform.rbac.impl.flow;

import org.aiplatform.kernel.impl.testing.TestDatabase;

class DerbyAuthorizationTest extends AuthorizationContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derby();
    }
}
