package org.aiplatform.gpu.impl.rest;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.gpu.api.GpuAlert;
import org.aiplatform.gpu.api.GpuMonitor;
import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuStatus;
import org.aiplatform.gpu.api.HistoryPoint;
import org.aiplatform.gpu.impl.GpuMessages;
import org.aiplatform.gpu.impl.GpuPermissions;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/gpu}: the node's GPUs now, their history, processes and alerts. */
@Component(service = GpuResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("gpu")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "gpu", description = "GPU monitoring: status, history, processes, alerts")
public class GpuResource {
    private static final long HOUR = 3_600_000L;

    private final GpuMonitor monitor;

    @Activate
    public GpuResource(@Reference GpuMonitor monitor) {
        this.monitor = monitor;
    }

    @GET
    @Path("status")
    @RequiresPermission(GpuPermissions.READ)
    @Operation(summary = "Every GPU now: availability (with the reason when there is none), driver, latest sample")
    public GpuStatus status() {
        return monitor.status();
    }

    @GET
    @Path("{index}/history")
    @RequiresPermission(GpuPermissions.READ)
    @Operation(summary = "A GPU's history in buckets of step ms (min, max, mean); from and to in epoch ms, the last "
        + "hour by default; step 0 = the finest resolution kept")
    public List<HistoryPoint> history(@PathParam("index") String index, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("step") String step) {
        long end = to == null ? System.currentTimeMillis() : number("to", to);
        long start = from == null ? end - HOUR : number("from", from);
        long gpu = number("index", index);
        return monitor.history((int) Math.max(-1, Math.min(Integer.MAX_VALUE, gpu)), start, end,
            step == null ? 0 : number("step", step));
    }

    @GET
    @Path("processes")
    @RequiresPermission(GpuPermissions.READ)
    @Operation(summary = "Compute processes on every GPU, with command, user and tracking run")
    public List<GpuProcess> processes() {
        return monitor.processes();
    }

    @GET
    @Path("alerts")
    @RequiresPermission(GpuPermissions.READ)
    @Operation(summary = "Alerts, newest first; state = firing, acknowledged or resolved")
    public List<GpuAlert> alerts(@QueryParam("state") String state,
                                 @QueryParam("max_results") @DefaultValue("100") String maxResults) {
        int limit = (int) Math.min(1000, Math.max(1, number("max_results", maxResults)));
        return monitor.alerts(state(state), limit);
    }

    @POST
    @Path("alerts/{id}/acknowledge")
    @RequiresPermission(GpuPermissions.ADMIN)
    @Operation(summary = "Acknowledge an alert")
    public GpuAlert acknowledge(@PathParam("id") String id, @Context SecurityContext security) {
        return monitor.acknowledge(number("id", id), Callers.of(security).getName());
    }

    @POST
    @Path("alerts/{id}/resolve")
    @RequiresPermission(GpuPermissions.ADMIN)
    @Operation(summary = "Resolve an alert")
    public GpuAlert resolve(@PathParam("id") String id, @Context SecurityContext security) {
        return monitor.resolve(number("id", id), Callers.of(security).getName());
    }

    private static GpuAlert.State state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return GpuAlert.State.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GpuMessages.get().error(INVALID_PARAMETER_VALUE, "alert.state", text);
        }
    }

    /** Numbers come in as text so that a bad one is a JSON 400, not JAX-RS's bare 404. */
    static long number(String name, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw GpuMessages.get().error(INVALID_PARAMETER_VALUE, "param.number", name, text);
        }
    }
}
