package org.aiplatform.gpu.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aiplatform.gpu.api.GpuStatus;
import org.aiplatform.gpu.impl.nvml.FakeNvml;
import org.aiplatform.gpu.impl.nvml.Nvml;
import org.aiplatform.gpu.impl.nvml.ProcessDescriber;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricDataParser;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.junit.jupiter.api.Test;

/** The /metrics text, read back by a real Prometheus text-format parser: DCGM names, labels and units. */
class PrometheusTextTest {

    @Test
    void samplesParseAsDcgmGaugesWithTheirLabels() throws Exception {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 2", "gpu 1 name NVIDIA \"A100\" \\ 40GB", "gpu 1 util 77",
            "gpu 1 mem_used " + (3L << 30), "gpu 1 power_mw 250500", "gpu 1 throttle 0x44",
            "unsupported nvmlDeviceGetFanSpeed");
        String text;
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            text = PrometheusText.of(new GpuStatus(true, null, "node-1", "550.54.15", "12.4",
                nvml.sample(1L, ProcessDescriber.NONE)));
        }
        Map<String, MetricFamily> families = new HashMap<>();
        TextPrometheusMetricDataParser parser = new TextPrometheusMetricDataParser(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        for (MetricFamily family = parser.parse(); family != null; family = parser.parse()) {
            families.put(family.getName(), family);
        }
        Metric util = families.get("DCGM_FI_DEV_GPU_UTIL").getMetrics().get(1);
        assertEquals(Map.of("gpu", "1", "UUID", "GPU-fa4e0001-0000-4000-8000-000000000001",
            "modelName", "NVIDIA \"A100\" \\ 40GB", "Hostname", "node-1"), util.getLabels());
        assertEquals(77.0, ((Gauge) util).getValue(), 0.0);
        assertEquals(3072.0, value(families, "DCGM_FI_DEV_FB_USED", 1), 0.0); // MiB
        assertEquals(250.5, value(families, "DCGM_FI_DEV_POWER_USAGE", 1), 0.0); // W
        assertEquals(0x44, value(families, "DCGM_FI_DEV_CLOCK_THROTTLE_REASONS", 1), 0.0);
        assertEquals(41.0, value(families, "DCGM_FI_DEV_GPU_TEMP", 1), 0.0);
        assertEquals(List.of(), families.get("DCGM_FI_DEV_FAN_SPEED").getMetrics(), "unsupported: no sample");
        assertEquals(1.0, ((Gauge) families.get("AIP_GPU_MONITOR_AVAILABLE").getMetrics().get(0)).getValue(), 0.0);
    }

    private static double value(Map<String, MetricFamily> families, String name, int gpu) {
        return ((Gauge) families.get(name).getMetrics().get(gpu)).getValue();
    }
}
