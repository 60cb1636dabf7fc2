package org.aiplatform.tracking.impl.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.RunDetails;
import org.aiplatform.tracking.api.TrackingSearch;
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

/** {@code POST /api/v1/runs/compare}: several runs' latest metrics and params side by side, as a table. */
@Component(service = RunCompareResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("runs/compare")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs")
public class RunCompareResource {
    /** A comparison is read by a person: a screenful of runs, not a bulk export. */
    static final int MAX_RUNS = 100;

    private final TrackingService tracking;
    private final TrackingSearch search;

    @Activate
    public RunCompareResource(@Reference TrackingService tracking, @Reference TrackingSearch search) {
        this.tracking = tracking;
        this.search = search;
    }

    /**
     * @param runIds the runs, 1 to 100, in the order of the rows
     * @param metricKeys the metric columns, or null for every metric any of the runs logged
     * @param paramKeys the param columns, or null for every param any of the runs logged
     */
    public record Comparison(List<String> runIds, List<String> metricKeys, List<String> paramKeys) {
    }

    /**
     * One row: a run's latest metric values and params; a cell the run has no value for is left out of the JSON.
     *
     * @param runId the run
     * @param runName its name
     * @param experimentId its experiment
     * @param status its status
     * @param metrics latest value per asked metric key
     * @param params value per asked param key
     */
    public record Row(String runId, String runName, String experimentId, String status, Map<String, Double> metrics,
                      Map<String, String> params) {
    }

    /**
     * @param metricKeys the metric columns
     * @param paramKeys the param columns
     * @param runs one row per run, in the order asked
     */
    public record Table(List<String> metricKeys, List<String> paramKeys, List<Row> runs) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare runs: chosen metrics (latest values) and params side by side (tracking:read in"
        + " each run's project)")
    public Table compare(Comparison body, @Context SecurityContext security) {
        Comparison request = Guarded.required(body);
        if (request.runIds() == null || request.runIds().isEmpty() || request.runIds().size() > MAX_RUNS) {
            throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "compare.run_ids",
                String.valueOf(MAX_RUNS));
        }
        List<RunDetails> runs = search.runDetails(request.runIds());
        runs.stream().map(d -> d.info().experimentId()).distinct()
            .forEach(id -> Guarded.experiment(tracking, security, id, TrackingPermissions.READ));
        List<String> metricKeys = request.metricKeys() != null ? request.metricKeys()
            : new ArrayList<>(new TreeSet<>(runs.stream().flatMap(d -> d.latestMetrics().stream())
                .map(MetricPoint::key).toList()));
        List<String> paramKeys = request.paramKeys() != null ? request.paramKeys()
            : new ArrayList<>(new TreeSet<>(runs.stream().flatMap(d -> d.params().keySet().stream()).toList()));
        List<Row> rows = new ArrayList<>();
        for (RunDetails run : runs) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            metricKeys.forEach(k -> metrics.put(k, run.latestMetrics().stream().filter(p -> p.key().equals(k))
                .findFirst().map(MetricPoint::value).orElse(null)));
            Map<String, String> params = new LinkedHashMap<>();
            paramKeys.forEach(k -> params.put(k, run.params().get(k)));
            rows.add(new Row(run.info().id(), run.info().name(), run.info().experimentId(),
                run.info().status().name(), metrics, params));
        }
        return new Table(metricKeys, paramKeys, rows);
    }
}
