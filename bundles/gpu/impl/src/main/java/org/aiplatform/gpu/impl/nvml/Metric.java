package org.aiplatform.gpu.impl.nvml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The metrics a GPU may not support, as bits of a mask the sampler keeps per device. */
enum Metric {
    UTILIZATION, MEMORY, TEMPERATURE, POWER, POWER_LIMIT, SM_CLOCK, MEMORY_CLOCK, FAN, PCIE, ECC, THROTTLE,
    PROCESSES, MIG;

    int bit() {
        return 1 << ordinal();
    }

    static List<String> names(int mask) {
        List<String> names = new ArrayList<>();
        for (Metric m : values()) {
            if ((mask & m.bit()) != 0) {
                names.add(m.name().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }
}
