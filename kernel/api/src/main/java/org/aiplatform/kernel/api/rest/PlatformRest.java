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

    private PlatformRest() {
    }
}
