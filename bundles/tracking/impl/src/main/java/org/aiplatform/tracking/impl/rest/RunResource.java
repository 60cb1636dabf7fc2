package org.aiplatform.tracking.impl.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.Downsampling;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.MetricSampling;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunChanges;
import org.aiplatform.tracking.api.TrackingEvents;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.impl.TrackingMessages;
import org.aiplatform.tracking.impl.TrackingPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/runs}: one run, what it logs and its metric histories; permissions are checked in its project. */
@Component(service = RunResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs", description = "Runs of experiments: params, metrics and tags")
public class RunResource {
    private final TrackingService tracking;
    private final MetricSampling sampling;
    private final TrackingEvents events;

    @Activate
    public RunResource(@Reference TrackingService tracking, @Reference MetricSampling sampling,
                       @Reference TrackingEvents events) {
        this.tracking = tracking;
        this.sampling = sampling;
        this.events = events;
    }

    /**
     * A run with what it logged.
     *
     * @param info the run
     * @param params write-once params
     * @param tags tags
     * @param latestMetrics the latest point of each metric
     */
    public record RunView(Run info, Map<String, String> params, Map<String, String> tags,
                          List<MetricPoint> latestMetrics) {
    }

    /**
     * One point of a metric's history.
     *
     * @param step the step
     * @param value the value
     * @param timestamp epoch ms
     * @param epoch the run's metric {@code epoch} at this step, left out when it logged none there
     */
    public record MetricValue(long step, double value, long timestamp, Double epoch) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a run with its params, tags and latest metrics (tracking:read in its project)")
    public RunView get(@PathParam("id") String id, @Context SecurityContext security) {
        Run run = Guarded.run(tracking, security, id, TrackingPermissions.READ);
        return new RunView(run, tracking.params(id), tracking.tags(id), tracking.latestMetrics(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a run, set its status or end time (tracking:write in its project)")
    public Run update(@PathParam("id") String id, RunChanges body, @Context SecurityContext security) {
        RunChanges changes = Guarded.required(body);
        Guarded.run(tracking, security, id, TrackingPermissions.WRITE);
        return announced(security, TrackingEvents.UPDATED, tracking.updateRun(id, changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Move a run to the trash (tracking:write in its project)")
    public Run delete(@PathParam("id") String id, @Context SecurityContext security) {
        Guarded.run(tracking, security, id, TrackingPermissions.WRITE);
        return announced(security, TrackingEvents.DELETED, tracking.setRunLifecycle(id, Lifecycle.DELETED));
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore a run from the trash (tracking:write in its project)")
    public Run restore(@PathParam("id") String id, @Context SecurityContext security) {
        Guarded.run(tracking, security, id, TrackingPermissions.WRITE);
        return announced(security, TrackingEvents.RESTORED, tracking.setRunLifecycle(id, Lifecycle.ACTIVE));
    }

    @POST
    @Path("{id}/log-batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log up to 1000 metrics, 100 params and 100 tags at once, all or nothing (tracking:write)")
    public Response logBatch(@PathParam("id") String id, LogBatch body, @Context SecurityContext security) {
        LogBatch batch = Guarded.required(body);
        Guarded.run(tracking, security, id, TrackingPermissions.WRITE);
        tracking.logBatch(id, batch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/metrics/{key: .+}")
    @Operation(summary = "A metric's history by step then timestamp, downsampled to max_points (2 to 100000) by"
        + " method minmax (default: each bucket keeps its lowest and highest point) or lttb (tracking:read)")
    public List<MetricValue> history(@PathParam("id") String id, @PathParam("key") String key,
                                     @QueryParam("max_points") Integer maxPoints,
                                     @QueryParam("method") String method, @Context SecurityContext security) {
        Guarded.run(tracking, security, id, TrackingPermissions.READ);
        return sampling.sample(id, key, maxPoints == null ? 0 : maxPoints, downsampling(method)).stream()
            .map(p -> new MetricValue(p.step(), p.value(), p.timestamp(), p.epoch())).toList();
    }

    /** Announces a committed change of a run (in its experiment's project). */
    private Run announced(SecurityContext security, String action, Run changed) {
        String projectId = tracking.getExperiment(changed.experimentId()).projectId();
        events.run(Callers.of(security).user().id(), action, changed, projectId);
        return changed;
    }

    private static Downsampling downsampling(String method) {
        if (method == null || method.equalsIgnoreCase("minmax")) {
            return Downsampling.MINMAX;
        }
        if (method.equalsIgnoreCase("lttb")) {
            return Downsampling.LTTB;
        }
        throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "metrics.method", method);
    }
}
