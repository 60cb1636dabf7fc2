package org.aiplatform.gpu.api;

/**
 * A MIG (multi-instance GPU) device of a GPU in MIG mode.
 *
 * @param index its index on the parent GPU
 * @param uuid its UUID ({@code MIG-...})
 * @param name its profile name
 * @param memoryTotalBytes its memory
 * @param memoryUsedBytes its used memory
 * @since 1.0.0
 */
public record MigInstance(int index, String uuid, String name, Long memoryTotalBytes, Long memoryUsedBytes) {
}
