package org.aiplatform.kernel.impl;

import org.aiplatform.kernel.api.Messages;

/** The kernel's texts in English and Chinese ({@code messages*.properties} beside this class). */
public final class KernelMessages {
    private static final Messages MESSAGES = new Messages(KernelMessages.class, "org.aiplatform.kernel.impl.messages");

    private KernelMessages() {
    }

    /** @return the kernel's messages (immutable, shared) */
    public static Messages get() {
        return MESSAGES;
    }
}
