package org.aiplatform.kernel.impl.rest;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.Authorizer;
import org.aiplatform.kernel.api.security.Caller;
import org.aiplatform.kernel.api.security.ProjectScope;
import org.aiplatform.kernel.impl.KernelMessages;

/** The caller of one request, bound to the authorizer that was active when the request arrived. */
final class RequestCaller implements Caller {
    private final AuthenticatedUser user;
    private final Authorizer authorizer;

    RequestCaller(AuthenticatedUser user, Authorizer authorizer) {
        this.user = user;
        this.authorizer = authorizer;
    }

    @Override
    public AuthenticatedUser user() {
        return user;
    }

    @Override
    public boolean isPermitted(String permission, String projectId) {
        return authorizer.isPermitted(user, permission, projectId);
    }

    @Override
    public void check(String permission, String projectId) {
        if (!isPermitted(permission, projectId)) {
            throw KernelMessages.get().error(ErrorCode.PERMISSION_DENIED, "auth.denied", permission);
        }
    }

    @Override
    public ProjectScope scope(String permission) {
        return authorizer.projectScope(user, permission);
    }

    @Override
    public String toString() {
        return "Caller[" + user.username() + "]";
    }
}
