package org.aiplatform.kernel.api.blob;

/**
 * What a garbage collection removed, or would remove in a dry run.
 *
 * @param dryRun true when nothing was deleted
 * @param blobs unreferenced blobs older than the grace period
 * @param bytes their total size
 * @param temporaries upload leftovers (of a crash) older than the grace period
 * @since 1.0.0
 */
public record GcReport(boolean dryRun, long blobs, long bytes, long temporaries) {
}
