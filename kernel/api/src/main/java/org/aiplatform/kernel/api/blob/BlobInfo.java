package org.aiplatform.kernel.api.blob;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored blob.
 *
 * @param hash the SHA-256 of the content, 64 lower-case hex characters
 * @param size the content length in bytes
 * @param modifiedAt when the content was last stored (a put of content already there refreshes it)
 * @since 1.0.0
 */
public record BlobInfo(String hash, long size, Instant modifiedAt) {
    public BlobInfo {
        BlobStore.requireHash(hash);
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }
}
