package org.aiplatform.kernel.impl.rest;

import javax.ws.rs.core.Application;

import org.aiplatform.kernel.api.rest.PlatformRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The native API at {@code /api/v1}; resources of every bundle join it by selecting its name. */
@Component(service = Application.class, property = PlatformRest.API_PROPERTY + ":Boolean=true")
@JaxrsName(PlatformRest.APPLICATION_NAME)
@JaxrsApplicationBase(PlatformRest.BASE_PATH)
public class PlatformApplication extends Application {

    /**
     * @param busClassLoader not used: referencing it registers the application only once its CXF bus extension
     *                       exists (see {@link BusClassLoader})
     */
    @Activate
    public PlatformApplication(@Reference(target = PlatformRest.BUS_CLASS_LOADER) ClassLoader busClassLoader) {
        // the whiteboard reads everything it needs from the service properties
    }
}
