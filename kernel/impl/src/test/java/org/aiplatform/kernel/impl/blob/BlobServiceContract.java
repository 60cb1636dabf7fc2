package org.aiplatform.kernel.impl.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.blob.BlobInfo;
import org.aiplatform.kernel.api.blob.GcReport;
import org.aiplatform.kernel.impl.blob.LocalBlobStoreTest.PatternStream;
import org.aiplatform.kernel.impl.schema.KernelSchema;
import org.aiplatform.kernel.impl.testing.MutableClock;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blob references and garbage collection, on every supported database. */
abstract class BlobServiceContract {
    private static final Duration GRACE = Duration.ofHours(1);

    @TempDir
    Path dir;

    private TestDatabase db;
    private MutableClock clock;
    private JdbcBlobService blobs;

    abstract TestDatabase database();

    @BeforeEach
    void migrate() {
        db = database();
        KernelSchema.migrate(db.dataSource());
        clock = new MutableClock(Instant.now());
        blobs = new JdbcBlobService(new LocalBlobStore(dir, 4096), db.dataSource(), clock);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void referencesCountOncePerOwner() throws Exception {
        BlobInfo blob = put(1000);
        assertEquals(0, blobs.references(blob.hash()));
        blobs.acquire(blob.hash(), "tracking.artifact", "run1/model.bin");
        blobs.acquire(blob.hash(), "tracking.artifact", "run1/model.bin");
        blobs.acquire(blob.hash(), "tracking.artifact", "run2/" + "x".repeat(500));
        assertEquals(2, blobs.references(blob.hash()), "acquiring twice for one owner counts once");
        assertTrue(blobs.release(blob.hash(), "tracking.artifact", "run1/model.bin"));
        assertFalse(blobs.release(blob.hash(), "tracking.artifact", "run1/model.bin"));
        assertEquals(1, blobs.references(blob.hash()));
    }

    @Test
    void anUnknownBlobCannotBeAcquiredOrOpened() {
        String missing = "0".repeat(64);
        ApiException e = assertThrows(ApiException.class, () -> blobs.acquire(missing, "t", "o"));
        assertEquals(ErrorCode.RESOURCE_DOES_NOT_EXIST, e.code());
        assertEquals(ErrorCode.RESOURCE_DOES_NOT_EXIST,
            assertThrows(ApiException.class, () -> blobs.open(missing)).code());
        assertEquals(0, blobs.references(missing));
    }

    @Test
    void garbageCollectionDeletesOnlyUnreferencedBlobsPastTheGracePeriod() throws Exception {
        BlobInfo kept = put(3000);
        BlobInfo orphan = put(2000);
        BlobInfo released = put(1000);
        blobs.acquire(kept.hash(), "tracking.artifact", "run1/a");
        blobs.acquire(released.hash(), "tracking.artifact", "run1/b");
        blobs.release(released.hash(), "tracking.artifact", "run1/b");

        assertEquals(new GcReport(false, 0, 0, 0), blobs.collect(GRACE, false), "all are new: none is collected");

        age(kept);
        age(orphan);
        age(released);
        BlobInfo fresh = put(500);
        GcReport dry = blobs.collect(GRACE, true);
        assertEquals(new GcReport(true, 2, 3000, 0), dry);
        assertTrue(exists(orphan) && exists(released), "a dry run deletes nothing");

        assertEquals(new GcReport(false, 2, 3000, 0), blobs.collect(GRACE, false));
        assertFalse(exists(orphan));
        assertFalse(exists(released));
        assertTrue(exists(kept), "a referenced blob stays");
        assertTrue(exists(fresh), "a blob within the grace period stays");
        assertEquals(new GcReport(true, 0, 0, 0), blobs.collect(GRACE, true));
    }

    @Test
    void storingContentAgainRestartsItsGracePeriod() throws Exception {
        BlobInfo blob = put(100);
        age(blob);
        assertEquals(1, blobs.collect(GRACE, true).blobs());
        // a second upload of the same bytes, about to be acquired by its new owner
        BlobInfo again = blobs.put(new PatternStream(100, -1), 100);
        assertEquals(blob.hash(), again.hash());
        assertEquals(0, blobs.collect(GRACE, false).blobs());
        assertTrue(exists(blob));
    }

    private BlobInfo put(long size) throws IOException {
        // distinct content per size: the pattern differs in length, so in hash
        return blobs.put(new PatternStream(size, -1), size);
    }

    /** Backdates a blob's file past the grace period, as if stored two hours ago. */
    private void age(BlobInfo blob) throws IOException {
        Path file = dir.resolve("sha256").resolve(blob.hash().substring(0, 2)).resolve(blob.hash());
        Files.setLastModifiedTime(file, FileTime.from(clock.instant().minus(GRACE.multipliedBy(2))));
    }

    private boolean exists(BlobInfo blob) throws IOException {
        try (InputStream in = blobs.open(blob.hash())) {
            return in != null;
        } catch (ApiException gone) {
            return false;
        }
    }
}
