package org.aiplatform.gpu.impl.nvml;

/** NVML cannot be used on this node; the message says why, for {@code available: false}. */
public final class NvmlUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    NvmlUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
