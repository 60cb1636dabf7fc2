package org.aiplatform.gpu.impl.rest;

import javax.ws.rs.core.Application;

import org.aiplatform.kernel.api.rest.PlatformRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * {@code /metrics}, where Prometheus scrapes; a platform API application, so the kernel authenticates it like every
 * endpoint (a bearer token in the scrape config).
 */
@Component(service = Application.class, property = PlatformRest.API_PROPERTY + ":Boolean=true")
@JaxrsName(MetricsApplication.NAME)
@JaxrsApplicationBase("/metrics")
public class MetricsApplication extends Application {
    static final String NAME = "aiplatform.metrics";
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    /** @param busClassLoader not used: it orders the application after its CXF bus extension */
    @Activate
    public MetricsApplication(@Reference(target = PlatformRest.BUS_CLASS_LOADER) ClassLoader busClassLoader) {
        // the whiteboard reads everything it needs from the service properties
    }
}
