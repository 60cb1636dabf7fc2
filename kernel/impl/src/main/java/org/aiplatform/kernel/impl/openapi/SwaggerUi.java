package org.aiplatform.kernel.impl.openapi;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves Swagger UI at {@code /swagger-ui/index.html} from files copied into this bundle at build time (the
 * swagger-ui webjar plus our own index page pointing at {@code /api/v1/openapi.json}).
 */
@Component(service = SwaggerUi.class)
@HttpWhiteboardResource(pattern = "/swagger-ui/*", prefix = "/swagger-ui")
public class SwaggerUi {
}
