package org.aiplatform.tracking.mlflow;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.aiplatform.tracking.mlflow.cfg}: where MLflow requests land. */
@ObjectClassDefinition(name = "AI Platform - MLflow API",
    description = "The MLflow-compatible tracking API at /api/2.0/mlflow")
public @interface MlflowConfig {
    String PID = "org.aiplatform.tracking.mlflow";

    @AttributeDefinition(description = "Project (name) of MLflow requests without an X-AIP-Project header;"
        + " created on first use")
    String default_project() default "default";
}
