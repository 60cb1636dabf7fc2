package org.aiplatform.kernel.impl.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.blob.BlobInfo;
import org.aiplatform.kernel.api.blob.BlobService;
import org.aiplatform.kernel.api.blob.BlobStore;
import org.aiplatform.kernel.api.blob.GcReport;
import org.aiplatform.kernel.api.persistence.SqlErrors;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.kernel.impl.KernelMessages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blob service over the highest-ranked {@link BlobStore} (greedy: a better-ranked store, say S3, replaces the
 * local one by reactivating this component), with owner references in {@code aip_blob_ref}.
 */
@Component(service = BlobService.class)
public class JdbcBlobService implements BlobService {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcBlobService.class);

    private final BlobStore store;
    private final DataSource dataSource;
    private final Clock clock;

    /** The schema reference keeps this service away until the kernel tables are migrated. */
    @Activate
    public JdbcBlobService(@Reference(policyOption = ReferencePolicyOption.GREEDY) BlobStore store,
                           @Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                           @Reference(target = "(aiplatform.schema=kernel)") Schema schema) {
        this(store, dataSource, Clock.systemUTC());
    }

    /** For tests, here and in other bundles (through the kernel test-jar's TestBlobs). */
    public JdbcBlobService(BlobStore store, DataSource dataSource, Clock clock) {
        this.store = store;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public BlobInfo put(InputStream content, long expectedSize) throws IOException {
        return store.put(content, expectedSize);
    }

    @Override
    public InputStream open(String hash) throws IOException {
        return store.open(hash).orElseThrow(() -> notFound(hash));
    }

    @Override
    public void acquire(String hash, String ownerType, String ownerId) {
        BlobStore.requireHash(hash);
        owner(ownerType, 64);
        owner(ownerId, 600);
        try {
            if (store.stat(hash).isEmpty()) {
                throw notFound(hash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                 "INSERT INTO aip_blob_ref (hash, owner_type, owner_id, created_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, hash);
            s.setString(2, ownerType);
            s.setString(3, ownerId);
            s.setLong(4, clock.millis());
            s.executeUpdate();
        } catch (SQLException e) {
            if (!SqlErrors.isUniqueViolation(e)) { // held already: counts once
                throw failure(e);
            }
        }
    }

    @Override
    public boolean release(String hash, String ownerType, String ownerId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                 "DELETE FROM aip_blob_ref WHERE hash = ? AND owner_type = ? AND owner_id = ?")) {
            s.setString(1, hash);
            s.setString(2, ownerType);
            s.setString(3, ownerId);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public long references(String hash) {
        try (Connection c = dataSource.getConnection()) {
            return references(c, hash);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public GcReport collect(Duration grace, boolean dryRun) throws IOException {
        Instant cutoff = clock.instant().minus(grace);
        List<BlobInfo> old = new ArrayList<>();
        store.forEach(blob -> {
            if (blob.modifiedAt().isBefore(cutoff)) {
                old.add(blob);
            }
        });
        long blobs = 0;
        long bytes = 0;
        try (Connection c = dataSource.getConnection()) {
            for (BlobInfo blob : old) {
                if (references(c, blob.hash()) == 0 && (dryRun || store.delete(blob.hash()))) {
                    blobs++;
                    bytes += blob.size();
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        long temporaries = store.purgeTemporaries(cutoff, dryRun);
        GcReport report = new GcReport(dryRun, blobs, bytes, temporaries);
        LOG.info("Blob garbage collection{}: {} blob(s), {} byte(s), {} upload leftover(s)",
            dryRun ? " (dry run)" : "", blobs, bytes, temporaries);
        return report;
    }

    private static long references(Connection c, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM aip_blob_ref WHERE hash = ?")) {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void owner(String value, int max) {
        if (value == null || value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException("a blob owner needs 1 to " + max + " characters: " + value);
        }
    }

    private static RuntimeException notFound(String hash) {
        return KernelMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "blob.not_found", hash);
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("blob references: " + e.getMessage(), e);
    }
}
