package org.aiplatform.kernel.api.blob;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Storage SPI under {@link BlobService}: bytes by SHA-256, nothing else (references live in the kernel database).
 * The platform uses the store with the highest {@code service.ranking}; the local filesystem store has ranking 0.
 * <p>
 * Implementations must publish atomically: until {@link #put} returns, no reader can see the blob, and a put that
 * fails (the stream throws, ends short of the expected size, the process dies) leaves nothing visible.
 *
 * @since 1.0.0
 */
@ConsumerType
public interface BlobStore {
    /** Service property naming the store ({@code local}, {@code s3}, ...). */
    String NAME = "aiplatform.blob.store";

    /**
     * Stores a stream, reading it once and never holding it whole in memory.
     *
     * @param content the bytes; not closed
     * @param expectedSize the length the caller announced, or -1 when unknown
     * @return the stored blob; content already stored is stored once and its {@code modifiedAt} refreshed
     * @throws IOException when reading or writing fails, or the stream's length is not {@code expectedSize};
     *         nothing is stored then. Runtime exceptions of the stream pass through, also storing nothing.
     */
    BlobInfo put(InputStream content, long expectedSize) throws IOException;

    /**
     * @param hash a SHA-256
     * @return the blob, or empty when it is not stored
     * @throws IOException when the store cannot be read
     */
    Optional<BlobInfo> stat(String hash) throws IOException;

    /**
     * @param hash a SHA-256
     * @return the content as a stream the caller closes, or empty when it is not stored
     * @throws IOException when the store cannot be read
     */
    Optional<InputStream> open(String hash) throws IOException;

    /**
     * @param hash a SHA-256
     * @return true when it was stored and is deleted now
     * @throws IOException when deleting fails
     */
    boolean delete(String hash) throws IOException;

    /**
     * Visits every stored blob, for garbage collection.
     *
     * @param visitor called once per blob
     * @throws IOException when the store cannot be listed
     */
    void forEach(Consumer<BlobInfo> visitor) throws IOException;

    /**
     * Removes what interrupted puts left behind (a crash leaves a temporary no reader ever sees).
     *
     * @param olderThan only leftovers last written before this instant, so running uploads are kept
     * @param dryRun count only
     * @return how many there were
     * @throws IOException when the store cannot be listed
     */
    long purgeTemporaries(Instant olderThan, boolean dryRun) throws IOException;

    /**
     * @param hash a candidate hash
     * @return the hash
     * @throws IllegalArgumentException unless it is 64 lower-case hex characters
     */
    static String requireHash(String hash) {
        if (hash == null || !Hashes.SHA256.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex string: " + hash);
        }
        return hash;
    }

    /** Holder of the compiled pattern (interfaces cannot have private static fields). */
    final class Hashes {
        static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

        private Hashes() {
        }
    }
}
