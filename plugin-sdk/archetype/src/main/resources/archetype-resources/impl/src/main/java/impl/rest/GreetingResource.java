package ${package}.impl.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import ${package}.api.Greeting;
import ${package}.api.GreetingService;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/${pluginId}}: the plugin's REST API. It joins the platform application, which adds the JSON
 * mapping (snake_case), the error mapping, the authentication filter and the OpenAPI document.
 */
@Component(service = GreetingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("${pluginId}")
@Produces(MediaType.APPLICATION_JSON)
public class GreetingResource {
    private final GreetingService greetings;

    @Activate
    public GreetingResource(@Reference GreetingService greetings) {
        this.greetings = greetings;
    }

    /** The kernel answers 401 without credentials and 403 without the permission; the method never runs then. */
    @GET
    @Path("greeting")
    @RequiresPermission(GreetingService.READ_PERMISSION)
    public Greeting greeting(@QueryParam("name") String name, @Context SecurityContext security) {
        return greetings.greet(name != null ? name : Callers.of(security).getName());
    }
}
