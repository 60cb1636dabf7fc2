package org.aiplatform.gpu.impl;

import java.util.List;

import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.kernel.api.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** The permissions of the GPU endpoints, global (GPUs belong to the node, not to a project). */
@Component(service = PermissionProvider.class)
public class GpuPermissions implements PermissionProvider {
    /** See GPUs, their history, processes and alerts, and scrape /metrics. */
    public static final String READ = "gpu:read";
    /** Acknowledge and resolve alerts. */
    public static final String ADMIN = "gpu:admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
            new Permission(READ, "See GPUs, their history, processes and alerts, and scrape /metrics"),
            new Permission(ADMIN, "Acknowledge and resolve GPU alerts"));
    }
}
