package org.aiplatform.tracking.api;

/**
 * A file stored under a run.
 *
 * @param path the relative path, segments separated by {@code /}
 * @param size bytes
 * @param sha256 the content hash (the kernel blob it is stored as)
 * @param createdAt epoch ms of the upload
 * @since 1.1.0
 */
public record ArtifactInfo(String path, long size, String sha256, long createdAt) {
}
