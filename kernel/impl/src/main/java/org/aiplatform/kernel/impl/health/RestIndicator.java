package org.aiplatform.kernel.impl.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aiplatform.kernel.api.health.HealthIndicator;
import org.aiplatform.kernel.api.health.HealthResult;
import org.aiplatform.kernel.api.health.HealthStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/** DOWN while the JAX-RS whiteboard could not publish a platform application, resource or extension. */
@Component(service = HealthIndicator.class)
public class RestIndicator implements HealthIndicator {
    private final JaxrsServiceRuntime runtime;

    @Activate
    public RestIndicator(@Reference JaxrsServiceRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public HealthResult check() {
        RuntimeDTO dto = runtime.getRuntimeDTO();
        List<String> failed = new ArrayList<>();
        for (FailedApplicationDTO app : dto.failedApplicationDTOs) {
            failed.add("application " + app.name + " (reason " + app.failureReason + ")");
        }
        for (FailedResourceDTO resource : dto.failedResourceDTOs) {
            failed.add("resource " + resource.name + " (reason " + resource.failureReason + ")");
        }
        for (FailedExtensionDTO extension : dto.failedExtensionDTOs) {
            failed.add("extension " + extension.name + " (reason " + extension.failureReason + ")");
        }
        int applications = dto.applicationDTOs.length + (dto.defaultApplication == null ? 0 : 1);
        return failed.isEmpty()
            ? new HealthResult("rest", HealthStatus.UP, applications + " application(s) published",
                Map.of("applications", applications))
            : new HealthResult("rest", HealthStatus.DOWN, "not published: " + String.join("; ", failed), Map.of());
    }
}
