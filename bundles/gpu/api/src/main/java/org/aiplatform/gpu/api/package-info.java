/**
 * GPU monitoring: the GPUs of this node as NVML reports them, their latest samples, their downsampled history,
 * the processes that use them (attributed to tracking runs) and the alerts raised on them.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.gpu.api;
