package org.aiplatform.kernel.impl.blob;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.aiplatform.blobs.cfg}: where the local blob store keeps its files. */
@ObjectClassDefinition(name = "AI Platform - Blob store", description = "Content-addressed file storage")
public @interface BlobConfig {
    String PID = "org.aiplatform.blobs";

    @AttributeDefinition(description = "Folder of the local store; empty means ${karaf.data}/blobs")
    String local_root() default "";
}
