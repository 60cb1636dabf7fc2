package org.aiplatform.rbac.impl.service;

import java.util.function.Supplier;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.persistence.SqlErrors;
import org.aiplatform.rbac.impl.RbacMessages;

/** Unique names: checked first, and enforced by unique indexes when two writers race. */
final class Conflicts {

    private Conflicts() {
    }

    static <T> T unique(Supplier<T> write, String key, String name) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw taken(key, name);
            }
            throw e;
        }
    }

    static ApiException taken(String key, String name) {
        return RbacMessages.get().error(ErrorCode.RESOURCE_ALREADY_EXISTS, key, name);
    }
}
