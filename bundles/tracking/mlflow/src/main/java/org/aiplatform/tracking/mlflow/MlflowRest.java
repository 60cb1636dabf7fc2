package org.aiplatform.tracking.mlflow;

/**
 * Names every resource of the MLflow-compatible API uses: the application to select, its base path, and the
 * tracking permissions checked in an object's project.
 */
public final class MlflowRest {
    /** {@code osgi.jaxrs.name} of the MLflow application. */
    public static final String APPLICATION_NAME = "aiplatform.mlflow";
    /** Filter a resource of this bundle puts in {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";
    /** MLflow clients append {@code /api/2.0/mlflow/...} to the tracking URI, so the application sits at /api/2.0. */
    public static final String BASE_PATH = "/api/2.0";
    /** Header naming the project (name or id) an MLflow request works in; the configured default without it. */
    public static final String PROJECT_HEADER = "X-AIP-Project";

    /** The tracking bundle's permissions (TrackingPermissions registers them). */
    public static final String READ = "tracking:read";
    public static final String WRITE = "tracking:write";
    public static final String ADMIN = "tracking:admin";

    private MlflowRest() {
    }
}
