package ${package}.impl;

import java.util.List;

import ${package}.api.GreetingService;
import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.kernel.api.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** Declares the permissions this plugin checks, so that role editors can list them. */
@Component(service = PermissionProvider.class)
public class GreetingPermissions implements PermissionProvider {

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(GreetingService.READ_PERMISSION, "Read greetings"));
    }
}
