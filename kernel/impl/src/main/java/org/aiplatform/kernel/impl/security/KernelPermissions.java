package org.aiplatform.kernel.impl.security;

import java.util.List;

import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.kernel.api.security.PermissionProvider;
import org.aiplatform.kernel.api.security.Permissions;
import org.osgi.service.component.annotations.Component;

/** The permissions the kernel's own endpoints check. */
@Component(service = PermissionProvider.class)
public class KernelPermissions implements PermissionProvider {

    @Override
    public List<Permission> permissions() {
        return List.of(
            new Permission(Permissions.PROJECTS_READ, "See projects and their settings"),
            new Permission(Permissions.PROJECTS_WRITE, "Create projects; rename, describe, archive and restore them"),
            new Permission(Permissions.PROJECTS_ADMIN, "Delete projects"));
    }
}
