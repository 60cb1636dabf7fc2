package org.aiplatform.tracking.mlflow;

import javax.ws.rs.core.Application;

import org.aiplatform.kernel.api.rest.PlatformRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The MLflow-compatible API at {@code /api/2.0}. As a platform API application it gets the kernel's
 * authentication filter and error mapping; its resources read and write bodies themselves (see {@link MlflowJson})
 * because MLflow's wire format is not the native API's strict dialect, and {@link MlflowErrors} gives MLflow's
 * statuses.
 */
@Component(service = Application.class, property = PlatformRest.API_PROPERTY + ":Boolean=true")
@JaxrsName(MlflowRest.APPLICATION_NAME)
@JaxrsApplicationBase(MlflowRest.BASE_PATH)
public class MlflowApplication extends Application {

    /**
     * @param busClassLoader not used: referencing it deploys the application after the kernel's CXF bus extension
     *                       (see {@link PlatformRest#BUS_CLASS_LOADER})
     */
    @Activate
    public MlflowApplication(@Reference(target = PlatformRest.BUS_CLASS_LOADER) ClassLoader busClassLoader) {
        // the whiteboard reads everything it needs from the service properties
    }
}
