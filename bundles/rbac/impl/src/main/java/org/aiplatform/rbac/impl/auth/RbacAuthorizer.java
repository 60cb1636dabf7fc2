package org.aiplatform.rbac.impl.auth;

import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.Authenticator;
import org.aiplatform.kernel.api.security.Authorizer;
import org.aiplatform.kernel.api.security.ProjectScope;
import org.aiplatform.rbac.impl.RbacCore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Decides from each user's cached {@link Access}: global role, project grants, groups, and token scopes. */
@Component(service = Authorizer.class, property = Authenticator.REALM + "=" + RbacAuthenticator.REALM)
public class RbacAuthorizer implements Authorizer {
    private final RbacCore core;

    @Activate
    public RbacAuthorizer(@Reference RbacCore core) {
        this.core = core;
    }

    @Override
    public boolean isPermitted(AuthenticatedUser user, String permission, String projectId) {
        return core.access().access(user.id()).map(a -> a.permits(permission, projectId, user.scopes()))
            .orElse(false);
    }

    @Override
    public ProjectScope projectScope(AuthenticatedUser user, String permission) {
        return core.access().access(user.id()).map(a -> a.scope(permission, user.scopes()))
            .orElse(ProjectScope.none());
    }
}
