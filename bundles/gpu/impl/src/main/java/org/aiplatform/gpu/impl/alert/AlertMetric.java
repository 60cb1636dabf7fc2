package org.aiplatform.gpu.impl.alert;

import java.util.Locale;
import java.util.function.Function;

import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.ThrottleReason;

/** What an alert rule can watch, read from a sample; null when the GPU does not report it. */
enum AlertMetric {
    TEMPERATURE_CELSIUS(s -> number(s.temperatureCelsius())),
    MEMORY_USED_PERCENT(GpuSample::memoryUsedPercent),
    UTILIZATION_PERCENT(s -> number(s.utilizationPercent())),
    POWER_WATTS(GpuSample::powerWatts),
    POWER_PERCENT(s -> s.powerWatts() == null || s.powerLimitWatts() == null || s.powerLimitWatts() == 0 ? null
        : 100 * s.powerWatts() / s.powerLimitWatts()),
    FAN_PERCENT(s -> number(s.fanPercent())),
    ECC_CORRECTED_ERRORS(s -> number(s.eccCorrectedErrors())),
    ECC_UNCORRECTED_ERRORS(s -> number(s.eccUncorrectedErrors())),
    /** How many throttle reasons that slow a busy GPU down are active (power cap, thermal, power brake...). */
    THROTTLE_SLOWDOWN(s -> s.throttleReasons() == null ? null
        : (double) s.throttleReasons().stream().filter(r -> ThrottleReason.valueOf(r).slowsDown()).count());

    private final Function<GpuSample, Double> reader;

    AlertMetric(Function<GpuSample, Double> reader) {
        this.reader = reader;
    }

    Double read(GpuSample sample) {
        return reader.apply(sample);
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AlertMetric of(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }

    private static Double number(Number n) {
        return n == null ? null : n.doubleValue();
    }
}
