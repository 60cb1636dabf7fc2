package org.aiplatform.tracking.mlflow;

import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.MediaType;

import org.aiplatform.kernel.api.ErrorCode;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * MLflow's rule for calls with a body under {@code mlflow/}: the Content-Type must be application/json, anything
 * else is {@code 400 INVALID_PARAMETER_VALUE} (not JAX-RS's 415). It runs after authentication, as MLflow's auth
 * plugin does; the artifact proxy ({@code mlflow-artifacts/}) takes raw bodies and is not checked.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("aiplatform.mlflow.content-type")
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Priority(Priorities.AUTHORIZATION)
public class JsonContentFilter implements ContainerRequestFilter {
    private static final Set<String> WITH_BODY = Set.of("POST", "PATCH", "DELETE");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!WITH_BODY.contains(request.getMethod()) || !(path.startsWith("mlflow/") || path.startsWith("/mlflow/"))) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()
            || type.isWildcardSubtype()) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "request.content_type");
        }
    }
}
