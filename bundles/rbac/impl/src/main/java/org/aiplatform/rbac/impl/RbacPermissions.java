package org.aiplatform.rbac.impl;

import java.util.List;

import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.kernel.api.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** The permissions the rbac bundle's endpoints check. */
@Component(service = PermissionProvider.class)
public class RbacPermissions implements PermissionProvider {
    /** Manage accounts, roles, groups and invitations. */
    public static final String RBAC_ADMIN = "rbac:admin";
    /** Read the audit log: an administrator's right, so "*:read" does not grant it. */
    public static final String AUDIT_ADMIN = "audit:admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
            new Permission(RBAC_ADMIN, "Manage accounts, roles, groups and invitations"),
            new Permission(AUDIT_ADMIN, "Read the audit log (not granted by *:read)"));
    }
}
