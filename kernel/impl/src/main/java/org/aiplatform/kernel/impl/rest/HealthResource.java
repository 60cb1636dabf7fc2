package org.aiplatform.kernel.impl.rest;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.aiplatform.kernel.api.health.HealthReport;
import org.aiplatform.kernel.api.health.HealthService;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/health}: answers without credentials so that load balancers and probes can ask. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Public
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health", description = "Liveness and readiness")
public class HealthResource {
    private final HealthService health;

    @Activate
    public HealthResource(@Reference HealthService health) {
        this.health = health;
    }

    @GET
    @Operation(summary = "Full report: every check and every platform bundle; 503 while not ready")
    public Response report() {
        HealthReport report = health.report();
        return Response.status(report.ready() ? 200 : 503).entity(report).build();
    }

    @GET
    @Path("live")
    @Operation(summary = "Liveness: 200 whenever the platform answers")
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }

    @GET
    @Path("ready")
    @Operation(summary = "Readiness: 200 when ready, 503 otherwise")
    public Response ready() {
        HealthReport report = health.report();
        return Response.status(report.ready() ? 200 : 503)
            .entity(Map.of("status", report.status().name(), "ready", report.ready())).build();
    }
}
