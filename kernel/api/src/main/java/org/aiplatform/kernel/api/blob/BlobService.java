package org.aiplatform.kernel.api.blob;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's blob storage: content-addressed streams over the ranked {@link BlobStore}, with reference counting
 * by owner in the kernel database and garbage collection of unreferenced blobs.
 * <p>
 * Usage: {@link #put} the content, then {@link #acquire} it for the owner (say a run's artifact) before the owner's
 * row commits, and {@link #release} it when the owner lets go. Garbage collection spares blobs stored within its
 * grace period, which covers the time between a put and its acquire.
 *
 * @since 1.0.0
 */
@ProviderType
public interface BlobService {
    /**
     * @param content the bytes; not closed
     * @param expectedSize the announced length, or -1
     * @return the stored blob
     * @throws IOException when the content cannot be read or stored, or is not {@code expectedSize} long; nothing
     *         is stored then
     * @see BlobStore#put
     */
    BlobInfo put(InputStream content, long expectedSize) throws IOException;

    /**
     * @param hash a SHA-256
     * @return the content, for the caller to close
     * @throws IOException when the store cannot be read
     * @throws org.aiplatform.kernel.api.ApiException {@code RESOURCE_DOES_NOT_EXIST} when no such blob is stored
     */
    InputStream open(String hash) throws IOException;

    /**
     * Records that an owner uses a blob; acquiring twice for the same owner counts once.
     *
     * @param hash a stored blob
     * @param ownerType the kind of owner, e.g. {@code tracking.artifact} (at most 64 characters)
     * @param ownerId the owner, e.g. a run and path (at most 600 characters)
     * @throws org.aiplatform.kernel.api.ApiException {@code RESOURCE_DOES_NOT_EXIST} when no such blob is stored
     */
    void acquire(String hash, String ownerType, String ownerId);

    /**
     * Drops an owner's reference; the blob becomes collectable once no owner is left.
     *
     * @return true when the owner held a reference
     */
    boolean release(String hash, String ownerType, String ownerId);

    /** @return how many owners reference the blob */
    long references(String hash);

    /**
     * Deletes blobs no owner references that were stored before {@code now - grace}, and leftovers of interrupted
     * uploads as old.
     *
     * @param grace how long a new blob is spared (it may be about to be acquired)
     * @param dryRun report only, delete nothing
     * @return what was (or would be) deleted
     * @throws IOException when the store cannot be listed or a blob cannot be deleted
     */
    GcReport collect(Duration grace, boolean dryRun) throws IOException;
}
