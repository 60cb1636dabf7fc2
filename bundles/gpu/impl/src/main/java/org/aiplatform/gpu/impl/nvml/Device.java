package org.aiplatform.gpu.impl.nvml;

import java.util.List;

/** A GPU found at discovery: its handle and what does not change while the driver runs. */
final class Device {
    final int index;
    final long handle;
    final String name;
    final String uuid;
    // metrics read every few samples (see Nvml#slowEvery): kept here in between
    Double powerLimit;
    Long pcieTx;
    Long pcieRx;
    Long eccCorrected;
    Long eccUncorrected;
    boolean migEnabled;
    int slowUnsupported;
    private int unsupportedMask;
    private List<String> unsupported = List.of();

    Device(int index, long handle, String name, String uuid) {
        this.index = index;
        this.handle = handle;
        this.name = name;
        this.uuid = uuid;
    }

    /** @return the unsupported metrics' names; a list is built only when the set changes */
    List<String> unsupported(int mask) {
        if (mask != unsupportedMask) {
            unsupportedMask = mask;
            unsupported = Metric.names(mask);
        }
        return unsupported;
    }
}
