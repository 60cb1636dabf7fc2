package org.aiplatform.tracking.mlflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.TrackingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * MLflow's metrics/get-history (tracking:read in the run's project): every value of a metric in MLflow's SQL
 * order (timestamp, step, value). Up to {@value #ONE_PAGE} asked for (the Java client always asks exactly that,
 * and fails on any next_page_token) or nothing asked, the whole history comes in one page; a larger
 * {@code max_results} pages with an offset token.
 */
@Component(service = MetricHistoryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricHistoryResource {
    static final int ONE_PAGE = 25_000;
    private static final String TOKEN_PREFIX = "history:";
    private static final Comparator<MetricPoint> ORDER = Comparator.comparingLong(MetricPoint::timestamp)
        .thenComparingLong(MetricPoint::step).thenComparingDouble(MetricPoint::value);

    private final MlflowCalls calls;
    private final TrackingService tracking;

    @Activate
    public MetricHistoryResource(@Reference MlflowCalls calls, @Reference TrackingService tracking) {
        this.calls = calls;
        this.tracking = tracking;
    }

    @GET
    @Path("get-history")
    public Response history(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        String runId = request.runId();
        String key = request.requiredString("metric_key");
        Long maxResults = request.int64("max_results");
        if (maxResults != null && maxResults < 1) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "history.max_results",
                String.valueOf(maxResults));
        }
        int offset = offset(request.string("page_token"));
        calls.open(security, headers).run(runId, MlflowRest.READ);
        List<MetricPoint> points = new ArrayList<>(tracking.metricHistory(runId, key));
        points.sort(ORDER);
        int end = maxResults == null || maxResults <= ONE_PAGE ? points.size()
            : (int) Math.min(points.size(), offset + maxResults);
        ObjectNode out = MlflowJson.object();
        ArrayNode metrics = out.putArray("metrics");
        for (MetricPoint point : points.subList(Math.min(offset, end), end)) {
            metrics.add(MlflowViews.metric(point));
        }
        if (end < points.size()) {
            out.put("next_page_token", Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + end).getBytes(StandardCharsets.UTF_8)));
        }
        return MlflowJson.ok(out);
    }

    private static int offset(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int offset = text.startsWith(TOKEN_PREFIX) ? Integer.parseInt(text.substring(TOKEN_PREFIX.length())) : -1;
            if (offset >= 0) {
                return offset;
            }
        } catch (IllegalArgumentException e) {
            // reported below, like any token this server did not issue
        }
        throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "history.page_token");
    }
}
