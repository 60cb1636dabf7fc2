package org.aiplatform.tracking.impl.rest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.impl.TrackingMessages;
import org.aiplatform.tracking.impl.TrackingPermissions;
import org.aiplatform.tracking.impl.live.MetricFeed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/runs/{id}/metric-stream}: a run's metric points as Server-Sent Events, as their batches
 * commit. Not under {@code metrics/}, where it would hide a metric named "stream".
 */
@Component(service = MetricStreamResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("runs/{id}/metric-stream")
@Tag(name = "runs", description = "Runs of experiments: params, metrics and tags")
public class MetricStreamResource {
    /** Proxies close idle connections after 30-60 s; a comment every 15 s keeps the stream open. */
    static final long KEEP_ALIVE_SECONDS = 15;
    private static final int MAX_SECONDS = 86_400;

    private final TrackingService tracking;
    private final MetricFeed feed;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "aiplatform-metric-stream");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public MetricStreamResource(@Reference TrackingService tracking, @Reference MetricFeed feed) {
        this.tracking = tracking;
        this.feed = feed;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow a run's metrics live (Server-Sent Events): an \"open\" event, then a \"metrics\""
        + " event per committed batch ({\"points\": [{key, step, value, timestamp}]}) and a keep-alive comment"
        + " every 15 s; max_seconds (1 to 86400) ends the stream (tracking:read in its project)")
    public void stream(@PathParam("id") String id, @QueryParam("max_seconds") Integer maxSeconds,
                       @Context SseEventSink sink, @Context Sse sse, @Context SecurityContext security) {
        if (maxSeconds != null && (maxSeconds < 1 || maxSeconds > MAX_SECONDS)) {
            throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "metrics.max_seconds",
                String.valueOf(MAX_SECONDS), String.valueOf(maxSeconds));
        }
        Guarded.run(tracking, security, id, TrackingPermissions.READ);
        new LiveStream(sink, sse).start(feed, id, timer, KEEP_ALIVE_SECONDS, maxSeconds);
    }
}
