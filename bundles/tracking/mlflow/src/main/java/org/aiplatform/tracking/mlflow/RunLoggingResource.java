package org.aiplatform.tracking.mlflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.TrackingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * MLflow's runs/log-metric, runs/log-parameter and runs/log-batch (tracking:write in the run's project). Each call
 * is one all-or-nothing batch of the tracking service: the request is parsed and checked against MLflow's limits
 * first, and the service refuses a changed param or a deleted run before writing, so a refused call (which the
 * Java client sends three times) stores nothing.
 */
@Component(service = RunLoggingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunLoggingResource {
    private final MlflowCalls calls;
    private final TrackingService tracking;

    @Activate
    public RunLoggingResource(@Reference MlflowCalls calls, @Reference TrackingService tracking) {
        this.calls = calls;
        this.tracking = tracking;
    }

    @POST
    @Path("log-metric")
    public Response logMetric(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        return log(request, new LogBatch(List.of(metric(request)), null, null), security, headers);
    }

    @POST
    @Path("log-parameter")
    public Response logParameter(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String key = MlflowLimits.key("param", request.requiredString("key"));
        return log(request, new LogBatch(null, Map.of(key, request.requiredString("value")), null), security,
            headers);
    }

    @POST
    @Path("log-batch")
    public Response logBatch(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        List<MlflowRequest> metrics = request.objects("metrics");
        List<MlflowRequest> params = request.objects("params");
        List<MlflowRequest> tags = request.objects("tags");
        MlflowLimits.batch(metrics.size(), params.size(), tags.size());
        List<MetricPoint> points = new ArrayList<>(metrics.size());
        metrics.forEach(metric -> points.add(metric(metric)));
        Map<String, String> paramValues = pairs("param", params, true);
        Map<String, String> tagValues = pairs("tag", tags, false);
        return log(request, new LogBatch(points, paramValues, tagValues), security, headers);
    }

    private Response log(MlflowRequest request, LogBatch batch, SecurityContext security, HttpHeaders headers) {
        String runId = request.runId();
        MlflowLimits.tagValues(batch.tags());
        calls.open(security, headers).run(runId, MlflowRest.WRITE);
        RunViews.logSyncingName(tracking, runId, batch);
        return MlflowJson.empty();
    }

    /** @return the point of {@code {key, value, timestamp, step}}; value and timestamp are required, step is 0 */
    private static MetricPoint metric(MlflowRequest metric) {
        String key = MlflowLimits.key("metric", metric.requiredString("key"));
        double value = metric.requiredNumber("value");
        long timestamp = metric.requiredInt64("timestamp");
        Long step = metric.int64("step");
        return new MetricPoint(key, value, timestamp, step == null ? 0 : step);
    }

    /**
     * @param unique true for params: MLflow refuses a key twice in one batch; a tag given twice keeps the last value
     */
    private static Map<String, String> pairs(String kind, List<MlflowRequest> items, boolean unique) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MlflowRequest item : items) {
            String key = MlflowLimits.key(kind, item.requiredString("key"));
            if (values.put(key, item.requiredString("value")) != null && unique) {
                throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "request.duplicate_key",
                    kind + "s", key);
            }
        }
        return values;
    }
}
