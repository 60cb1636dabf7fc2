package org.aiplatform.tracking.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.aiplatform.tracking.artifacts.cfg}: limits of run artifacts. */
@ObjectClassDefinition(name = "AI Platform - Run artifacts", description = "Files stored under tracking runs")
public @interface ArtifactConfig {
    String PID = "org.aiplatform.tracking.artifacts";

    @AttributeDefinition(description = "Largest artifact accepted, in bytes (larger uploads get 413)")
    long max_bytes() default 10L * 1024 * 1024 * 1024;
}
