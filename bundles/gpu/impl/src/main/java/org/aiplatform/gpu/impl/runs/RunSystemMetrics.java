package org.aiplatform.gpu.impl.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.TrackingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the GPUs a run's processes use into the run, as MLflow's system metrics do (same keys:
 * {@code system/gpu_0_utilization_percentage}, ..., averaged over a window, one step per window), so MLflow clients
 * and the run page show them beside the run's own metrics.
 */
public final class RunSystemMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(RunSystemMetrics.class);
    private static final String[] KEYS = {"utilization_percentage", "memory_usage_megabytes",
        "memory_usage_percentage", "power_usage_watts", "power_usage_percentage"};

    private final TrackingService tracking;
    private final long windowMillis;
    /** Per run, per GPU index: the sums of the window. */
    private final Map<String, Map<Integer, double[]>> window = new LinkedHashMap<>();
    private final Map<String, Long> steps = new HashMap<>();
    /** Runs the tracking store refused (deleted, unknown): not tried again. */
    private final Set<String> refused = new HashSet<>();
    private long windowStart = -1;

    public RunSystemMetrics(TrackingService tracking, long windowMillis) {
        this.tracking = tracking;
        this.windowMillis = windowMillis;
    }

    /** Adds a sample of all GPUs; logs the window's means once it is over. */
    public void sampled(List<GpuSample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        long now = samples.get(0).timestamp();
        if (windowStart < 0) {
            windowStart = now;
        }
        for (GpuSample s : samples) {
            Set<String> runs = new HashSet<>();
            for (GpuProcess p : s.processes()) {
                if (p.runId() != null && !refused.contains(p.runId())) {
                    runs.add(p.runId());
                }
            }
            for (String run : runs) {
                double[] sums = window.computeIfAbsent(run, r -> new LinkedHashMap<>())
                    .computeIfAbsent(s.index(), i -> new double[KEYS.length * 2]);
                add(sums, 0, s.utilizationPercent());
                add(sums, 1, s.memoryUsedBytes() == null ? null : s.memoryUsedBytes() / 1e6); // MLflow: used / 1e6
                add(sums, 2, s.memoryUsedPercent());
                add(sums, 3, s.powerWatts());
                add(sums, 4, s.powerWatts() == null || s.powerLimitWatts() == null || s.powerLimitWatts() == 0 ? null
                    : 100 * s.powerWatts() / s.powerLimitWatts());
            }
        }
        if (now - windowStart >= windowMillis) {
            flush(now);
            windowStart = now;
        }
    }

    private void flush(long now) {
        for (Map.Entry<String, Map<Integer, double[]>> run : window.entrySet()) {
            long step = steps.merge(run.getKey(), 1L, Long::sum) - 1;
            List<MetricPoint> points = new ArrayList<>();
            run.getValue().forEach((gpu, sums) -> {
                for (int k = 0; k < KEYS.length; k++) {
                    if (sums[2 * k + 1] > 0) {
                        points.add(new MetricPoint("system/gpu_" + gpu + "_" + KEYS[k], sums[2 * k] / sums[2 * k + 1],
                            now, step));
                    }
                }
            });
            try {
                tracking.logBatch(run.getKey(), new LogBatch(points, null, null));
            } catch (ApiException e) {
                refused.add(run.getKey());
                LOG.info("GPU metrics of run {} are not logged: {}", run.getKey(), e.getMessage());
            }
        }
        window.clear();
    }

    private static void add(double[] sums, int k, Number value) {
        if (value != null) {
            sums[2 * k] += value.doubleValue();
            sums[2 * k + 1]++;
        }
    }
}
