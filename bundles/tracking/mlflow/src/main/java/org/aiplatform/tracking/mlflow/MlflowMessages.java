package org.aiplatform.tracking.mlflow;

import org.aiplatform.kernel.api.Messages;

/** The MLflow API's texts in English and Chinese ({@code messages*.properties} beside this class). */
public final class MlflowMessages {
    private static final Messages MESSAGES =
        new Messages(MlflowMessages.class, "org.aiplatform.tracking.mlflow.messages");

    private MlflowMessages() {
    }

    public static Messages get() {
        return MESSAGES;
    }
}
