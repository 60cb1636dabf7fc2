package org.aiplatform.gpu.impl.rest;

import java.util.List;
import java.util.function.Function;

import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.GpuStatus;
import org.aiplatform.gpu.api.ThrottleReason;

/**
 * Renders samples as Prometheus text (format 0.0.4) under the names and labels of NVIDIA's DCGM exporter, so its
 * dashboards and alert rules work unchanged: gauges {@code DCGM_FI_DEV_*} with labels gpu, UUID, modelName and
 * Hostname, in DCGM's units (MiB, MHz, W, °C, bytes).
 */
public final class PrometheusText {
    /** The text format's content type. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private record Gauge(String name, String help, Function<GpuSample, Number> value) {
    }

    private static final List<Gauge> GAUGES = List.of(
        new Gauge("DCGM_FI_DEV_GPU_UTIL", "GPU utilization (in %).", GpuSample::utilizationPercent),
        new Gauge("DCGM_FI_DEV_MEM_COPY_UTIL", "Memory utilization (in %).", GpuSample::memoryUtilizationPercent),
        new Gauge("DCGM_FI_DEV_FB_USED", "Framebuffer memory used (in MiB).", s -> mib(s.memoryUsedBytes())),
        new Gauge("DCGM_FI_DEV_FB_FREE", "Framebuffer memory free (in MiB).", s -> mib(s.memoryFreeBytes())),
        new Gauge("DCGM_FI_DEV_GPU_TEMP", "GPU temperature (in C).", GpuSample::temperatureCelsius),
        new Gauge("DCGM_FI_DEV_POWER_USAGE", "Power draw (in W).", GpuSample::powerWatts),
        new Gauge("DCGM_FI_DEV_POWER_MGMT_LIMIT", "Power management limit (in W).", GpuSample::powerLimitWatts),
        new Gauge("DCGM_FI_DEV_SM_CLOCK", "SM clock frequency (in MHz).", GpuSample::smClockMhz),
        new Gauge("DCGM_FI_DEV_MEM_CLOCK", "Memory clock frequency (in MHz).", GpuSample::memoryClockMhz),
        new Gauge("DCGM_FI_DEV_FAN_SPEED", "Fan speed (in %).", GpuSample::fanPercent),
        new Gauge("DCGM_FI_PROF_PCIE_TX_BYTES", "PCIe transmit throughput (in B/s).",
            GpuSample::pcieTxBytesPerSecond),
        new Gauge("DCGM_FI_PROF_PCIE_RX_BYTES", "PCIe receive throughput (in B/s).",
            GpuSample::pcieRxBytesPerSecond),
        new Gauge("DCGM_FI_DEV_ECC_SBE_VOL_TOTAL", "Total single-bit volatile ECC errors.",
            GpuSample::eccCorrectedErrors),
        new Gauge("DCGM_FI_DEV_ECC_DBE_VOL_TOTAL", "Total double-bit volatile ECC errors.",
            GpuSample::eccUncorrectedErrors),
        new Gauge("DCGM_FI_DEV_CLOCK_THROTTLE_REASONS", "Current clock throttle reasons (bit mask).",
            PrometheusText::throttleMask));

    private PrometheusText() {
    }

    public static String of(GpuStatus status) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP AIP_GPU_MONITOR_AVAILABLE 1 when NVML answers on this node.\n")
            .append("# TYPE AIP_GPU_MONITOR_AVAILABLE gauge\n")
            .append("AIP_GPU_MONITOR_AVAILABLE{Hostname=\"").append(escape(status.hostname())).append("\"} ")
            .append(status.available() ? 1 : 0).append('\n');
        for (Gauge gauge : GAUGES) {
            out.append("# HELP ").append(gauge.name).append(' ').append(gauge.help).append('\n')
                .append("# TYPE ").append(gauge.name).append(" gauge\n");
            for (GpuSample s : status.gpus()) {
                Number value = gauge.value.apply(s);
                if (value != null) {
                    out.append(gauge.name).append("{gpu=\"").append(s.index()).append("\",UUID=\"")
                        .append(escape(s.uuid())).append("\",modelName=\"").append(escape(s.name()))
                        .append("\",Hostname=\"").append(escape(status.hostname())).append("\"} ")
                        .append(format(value)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Long mib(Long bytes) {
        return bytes == null ? null : bytes >> 20;
    }

    private static Long throttleMask(GpuSample s) {
        if (s.throttleReasons() == null) {
            return null;
        }
        long mask = 0;
        for (String reason : s.throttleReasons()) {
            mask |= ThrottleReason.valueOf(reason).bit();
        }
        return mask;
    }

    private static String format(Number value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString(d.longValue()) : d.toString();
        }
        return value.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
