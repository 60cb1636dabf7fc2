package org.aiplatform.kernel.api.rest;

/**
 * Names of the platform's JAX-RS applications. A resource joins the native API with
 * {@code @JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)}; every application that carries
 * {@link #API_PROPERTY}{@code =true} gets the kernel's JSON provider, error mapping and authentication filter.
 *
 * @since 1.0.0
 */
public final class PlatformRest {
    /** {@code osgi.jaxrs.name} of the native API application. */
    public static final String APPLICATION_NAME = "aiplatform";
    /** Filter that selects the native API application. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";
    /** Base path of the native API. */
    public static final String BASE_PATH = "/api/v1";
    /** Service property marking an application as a platform API (JSON, errors, auth). */
    public static final String API_PROPERTY = "aiplatform.rest";
    /** Filter that selects every platform API application; kernel extensions use it. */
    public static final String API_SELECT = "(" + API_PROPERTY + "=true)";
    /**
     * Filter of the CXF bus class loader the kernel registers for platform API applications. An application
     * service must reference it ({@code @Reference(target = BUS_CLASS_LOADER) ClassLoader}) so that it is deployed
     * after it: the JAX-RS whiteboard builds an application's CXF bus once, and without this extension CXF scans
     * the JVM class path on every request.
     */
    public static final String BUS_CLASS_LOADER = "(aiplatform.rest.bus=true)";

    private PlatformRest() {
    }
}
