package org.aiplatform.kernel.impl.rest;

import java.util.Map;

import org.aiplatform.kernel.api.rest.PlatformRest;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Gives the CXF bus of every platform application a class loader extension (the JAX-RS whiteboard's own). Without
 * it CXF's ServletController asks its resource manager for one on every request, and the fallback resolver scans
 * the JVM class path jar by jar under a lock: measured as the main source of lock contention under load.
 * Aries passes services marked {@code cxf.extension=true} to the bus of each application they select, when it
 * deploys the application; so applications reference {@link PlatformRest#BUS_CLASS_LOADER} to come after it.
 */
@Component(immediate = true)
// registered by hand: declared so that the resolver accepts PlatformApplication's reference to it
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"java.lang.ClassLoader\"")
public class BusClassLoader {
    private final ServiceRegistration<ClassLoader> registration;

    @Activate
    public BusClassLoader(BundleContext context, @Reference ServiceReference<JaxrsServiceRuntime> runtime) {
        ClassLoader whiteboard = runtime.getBundle().adapt(BundleWiring.class).getClassLoader();
        registration = context.registerService(ClassLoader.class, whiteboard, FrameworkUtil.asDictionary(Map.of(
            "cxf.extension", true, "aiplatform.rest.bus", true,
            JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT, PlatformRest.API_SELECT)));
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
