package org.aiplatform.tracking.impl;

import java.util.List;

import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.kernel.api.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** The permissions the tracking endpoints check, per project; the built-in viewer and developer roles
 * ("*:read", "*:read *:write") grant read and write. */
@Component(service = PermissionProvider.class)
public class TrackingPermissions implements PermissionProvider {
    /** See experiments, runs, params and metrics. */
    public static final String READ = "tracking:read";
    /** Create experiments and runs, log to runs, delete and restore runs. */
    public static final String WRITE = "tracking:write";
    /** Delete and restore experiments. */
    public static final String ADMIN = "tracking:admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
            new Permission(READ, "See experiments, runs, params and metrics"),
            new Permission(WRITE, "Create experiments and runs, log params, metrics and tags, delete and restore runs"),
            new Permission(ADMIN, "Delete and restore experiments"));
    }
}
