package org.aiplatform.gpu.impl;

import org.aiplatform.kernel.api.Messages;

/** The GPU bundle's texts in English and Chinese ({@code messages*.properties} beside this class). */
public final class GpuMessages {
    private static final Messages MESSAGES = new Messages(GpuMessages.class, "org.aiplatform.gpu.impl.messages");

    private GpuMessages() {
    }

    public static Messages get() {
        return MESSAGES;
    }
}
