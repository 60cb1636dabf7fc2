package org.aiplatform.gpu.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Why clocks are held down, NVML's {@code nvmlClocksEventReason*} bits.
 *
 * @since 1.0.0
 */
public enum ThrottleReason {
    GPU_IDLE(0x1L), APPLICATIONS_CLOCKS_SETTING(0x2L), SW_POWER_CAP(0x4L), HW_SLOWDOWN(0x8L), SYNC_BOOST(0x10L),
    SW_THERMAL_SLOWDOWN(0x20L), HW_THERMAL_SLOWDOWN(0x40L), HW_POWER_BRAKE_SLOWDOWN(0x80L),
    DISPLAY_CLOCK_SETTING(0x100L);

    private final long bit;

    ThrottleReason(long bit) {
        this.bit = bit;
    }

    /** @return NVML's bit */
    public long bit() {
        return bit;
    }

    /** @return true for the reasons that slow a busy GPU down (idle and settings are not) */
    public boolean slowsDown() {
        return this != GPU_IDLE && this != APPLICATIONS_CLOCKS_SETTING && this != DISPLAY_CLOCK_SETTING;
    }

    /**
     * @param mask NVML's bit mask
     * @return the names of the reasons set in it
     */
    public static List<String> names(long mask) {
        List<String> names = new ArrayList<>(2);
        for (ThrottleReason reason : values()) {
            if ((mask & reason.bit) != 0) {
                names.add(reason.name());
            }
        }
        return List.copyOf(names);
    }
}
