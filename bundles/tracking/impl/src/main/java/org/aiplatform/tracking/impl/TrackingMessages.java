package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.api.Messages;

/** The tracking bundle's texts in English and Chinese ({@code messages*.properties} beside this class). */
public final class TrackingMessages {
    private static final Messages MESSAGES =
        new Messages(TrackingMessages.class, "org.aiplatform.tracking.impl.messages");

    private TrackingMessages() {
    }

    public static Messages get() {
        return MESSAGES;
    }
}
