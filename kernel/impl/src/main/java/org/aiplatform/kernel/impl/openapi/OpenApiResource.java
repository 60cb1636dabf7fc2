package org.aiplatform.kernel.impl.openapi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.Public;
import org.aiplatform.kernel.impl.json.PlatformJson;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * {@code /api/v1/openapi.json}: the OpenAPI 3 document of every resource published on the native API right now, by
 * any bundle. It follows hot swaps: the document is rebuilt when a resource comes or goes.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Public
@Path("openapi.json")
@Tag(name = "openapi", description = "This document")
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);
    /** Properties of the native API application, matched against each resource's application filter. */
    private static final Map<String, Object> APPLICATION = Map.of(
        JaxrsWhiteboardConstants.JAX_RS_NAME, PlatformRest.APPLICATION_NAME, PlatformRest.API_PROPERTY, true);

    private final ModelResolver snakeCase = new ModelResolver(PlatformJson.newMapper());
    private final ServiceTracker<Object, ServiceReference<Object>> resources;
    private volatile String document;

    @Activate
    public OpenApiResource(BundleContext context) throws InvalidSyntaxException {
        ModelConverters.getInstance().addConverter(snakeCase); // swagger keeps its converters in a static registry
        resources = new ServiceTracker<>(context, context.createFilter("(osgi.jaxrs.resource=true)"), null) {
            @Override
            public ServiceReference<Object> addingService(ServiceReference<Object> ref) {
                document = null;
                return ref; // references only: never instantiate a resource
            }

            @Override
            public void removedService(ServiceReference<Object> ref, ServiceReference<Object> tracked) {
                document = null; // nothing to unget (this resource matches its own filter)
            }
        };
        resources.open(true);
    }

    @Deactivate
    void deactivate() {
        resources.close();
        ModelConverters.getInstance().removeConverter(snakeCase);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI 3 document of the native API")
    public String get() {
        String current = document;
        if (current == null) {
            current = Json.pretty(build());
            document = current;
        }
        return current;
    }

    private OpenAPI build() {
        Set<Class<?>> open = new LinkedHashSet<>();
        Set<Class<?>> protectedClasses = new LinkedHashSet<>();
        for (ServiceReference<Object> ref : resources.getTracked().keySet()) {
            Class<?> type = resourceClass(ref);
            if (type != null) {
                (type.isAnnotationPresent(Public.class) ? open : protectedClasses).add(type);
            }
        }
        OpenAPI base = new OpenAPI()
            .info(new Info().title("AI Platform API").version("v1")
                .description("Native API of AI Platform. Authenticate with Authorization: Bearer <token>."))
            .addServersItem(new Server().url(PlatformRest.BASE_PATH))
            .components(new Components()
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("bearer"))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).readAllResources(true));
        // public endpoints first, marked as needing no credentials; the reader then adds the others to the same doc
        OpenAPI api = reader.read(open);
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> op.setSecurity(List.of())));
        }
        return reader.read(protectedClasses);
    }

    private static Class<?> resourceClass(ServiceReference<Object> ref) {
        Object select = ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT);
        try {
            if (!(select instanceof String filter) || !FrameworkUtil.createFilter(filter).matches(APPLICATION)) {
                return null;
            }
            String name = ((String[]) ref.getProperty("objectClass"))[0];
            return ref.getBundle() == null ? null : ref.getBundle().loadClass(name);
        } catch (InvalidSyntaxException | ClassNotFoundException e) {
            LOG.debug("Resource {} left out of the OpenAPI document: {}", ref, e.toString());
            return null;
        }
    }
}
