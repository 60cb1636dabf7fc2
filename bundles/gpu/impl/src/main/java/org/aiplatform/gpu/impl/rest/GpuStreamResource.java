package org.aiplatform.gpu.impl.rest;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.aiplatform.gpu.api.GpuMonitor;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.impl.GpuPermissions;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/gpu/stream}: every sample of all GPUs as a Server-Sent Event named {@code sample}. */
@Component(service = GpuStreamResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("gpu/stream")
@Tag(name = "gpu")
public class GpuStreamResource {
    private static final Logger LOG = LoggerFactory.getLogger(GpuStreamResource.class);

    private final GpuMonitor monitor;

    @Activate
    public GpuStreamResource(@Reference GpuMonitor monitor) {
        this.monitor = monitor;
    }

    /**
     * One event per sample of all GPUs.
     *
     * @param timestamp epoch ms of the samples
     * @param gpus the samples, by index
     */
    public record StreamEvent(long timestamp, List<GpuSample> gpus) {
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresPermission(GpuPermissions.READ)
    @Operation(summary = "Live samples of every GPU as Server-Sent Events named 'sample'; max_events ends the "
        + "stream after that many")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @QueryParam("max_events") String maxEvents) {
        long limit = maxEvents == null ? Long.MAX_VALUE : Math.max(1, GpuResource.number("max_events", maxEvents));
        AtomicLong sent = new AtomicLong();
        AutoCloseable[] subscription = new AutoCloseable[1];
        subscription[0] = monitor.subscribe(samples -> {
            if (sink.isClosed() || sent.get() >= limit) {
                close(subscription[0]);
                return;
            }
            long at = samples.isEmpty() ? System.currentTimeMillis() : samples.get(0).timestamp();
            OutboundSseEvent event = sse.newEventBuilder().name("sample").id(Long.toString(at))
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(StreamEvent.class, new StreamEvent(at, samples))
                .build();
            // a client that went away shows up as a failed send: stop sampling for it there
            sink.send(event).whenComplete((done, failure) -> {
                if (failure != null || sent.incrementAndGet() >= limit) {
                    close(subscription[0]);
                    sink.close();
                }
            });
        });
    }

    private static void close(AutoCloseable subscription) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            LOG.debug("closing a GPU stream", e);
        }
    }
}
