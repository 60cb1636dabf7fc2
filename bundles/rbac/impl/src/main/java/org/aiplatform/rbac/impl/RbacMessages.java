package org.aiplatform.rbac.impl;

import org.aiplatform.kernel.api.Messages;

/** The rbac bundle's texts in English and Chinese ({@code messages*.properties} beside this class). */
public final class RbacMessages {
    private static final Messages MESSAGES = new Messages(RbacMessages.class, "org.aiplatform.rbac.impl.messages");

    private RbacMessages() {
    }

    /** @return the rbac bundle's messages */
    public static Messages get() {
        return MESSAGES;
    }
}
