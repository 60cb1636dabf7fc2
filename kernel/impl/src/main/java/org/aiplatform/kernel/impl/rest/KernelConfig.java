package org.aiplatform.kernel.impl.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.aiplatform.kernel.cfg}: settings of the REST layer. */
@ObjectClassDefinition(name = "AI Platform - Kernel", description = "REST settings of the platform kernel")
public @interface KernelConfig {
    String PID = "org.aiplatform.kernel";

    @AttributeDefinition(description = "Largest JSON request body accepted, in bytes (larger ones get 413)")
    long rest_max_json_bytes() default 1_048_576;
}
