package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;
import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.blob.BlobInfo;
import org.aiplatform.kernel.api.blob.BlobService;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.tracking.api.ArtifactContent;
import org.aiplatform.tracking.api.ArtifactEntry;
import org.aiplatform.tracking.api.ArtifactInfo;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.RunArtifacts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Run artifacts: the bytes go to the kernel blob store first (streamed, published atomically), then the blob is
 * acquired for the run's path and the row committed; a failure on the way releases it, so nothing half-stored
 * stays visible and the garbage collector takes the unreferenced blob.
 */
@Component(service = RunArtifacts.class, configurationPid = ArtifactConfig.PID)
@Designate(ocd = ArtifactConfig.class)
public class JdbcRunArtifacts implements RunArtifacts {
    /** Blob owner type; the owner id is {@code <run id>/<path>}. */
    static final String OWNER = "tracking.artifact";

    private final Jdbc jdbc;
    private final BlobService blobs;
    private final Clock clock;
    private volatile long maxBytes;

    /** The schema reference makes the component wait until Flyway has migrated the tracking tables. */
    @Activate
    public JdbcRunArtifacts(@Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                            @Reference(target = "(aiplatform.schema=tracking)") Schema schema,
                            @Reference BlobService blobs, ArtifactConfig config) {
        this(dataSource, blobs, Clock.systemUTC(), config.max_bytes());
    }

    JdbcRunArtifacts(DataSource dataSource, BlobService blobs, Clock clock, long maxBytes) {
        this.jdbc = new Jdbc(dataSource);
        this.blobs = blobs;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Modified
    void modified(ArtifactConfig config) {
        this.maxBytes = config.max_bytes();
    }

    @Override
    public ArtifactInfo put(String runId, String path, InputStream content, long size) throws IOException {
        String file = ArtifactPaths.file(path);
        long max = maxBytes;
        if (size > max) {
            throw SizeLimit.exceeded(max);
        }
        // refused before a byte is read: an unknown or deleted run, a path that clashes
        Optional<ArtifactInfo> before = jdbc.inTransaction(c -> checkWritable(c, runId, file));
        BlobInfo blob = blobs.put(new SizeLimit(content, max), size);
        String owner = runId + "/" + file;
        boolean sameBlob = before.isPresent() && before.get().sha256().equals(blob.hash());
        if (!sameBlob) {
            blobs.acquire(blob.hash(), OWNER, owner);
        }
        ArtifactInfo stored = new ArtifactInfo(file, blob.size(), blob.hash(), clock.millis());
        Optional<ArtifactInfo> replaced;
        try {
            replaced = jdbc.inTransaction(c -> {
                Optional<ArtifactInfo> current = checkWritable(c, runId, file);
                Artifacts.upsert(c, runId, stored, current.isPresent());
                return current;
            });
        } catch (RuntimeException e) {
            if (!sameBlob) {
                blobs.release(blob.hash(), OWNER, owner);
            }
            throw e;
        }
        if (replaced.isPresent() && !replaced.get().sha256().equals(blob.hash())) {
            blobs.release(replaced.get().sha256(), OWNER, owner);
        }
        return stored;
    }

    @Override
    public ArtifactContent open(String runId, String path) throws IOException {
        String file = ArtifactPaths.file(path);
        ArtifactInfo info = jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            return Artifacts.get(c, runId, file)
                .orElseThrow(() -> TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "artifact.not_found",
                    runId, file));
        });
        return new ArtifactContent(info, blobs.open(info.sha256()));
    }

    @Override
    public List<ArtifactEntry> list(String runId, String directory, boolean recursive) {
        String dir = ArtifactPaths.directory(directory);
        List<ArtifactInfo> files = jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            return Artifacts.below(c, runId, dir);
        });
        int start = dir.isEmpty() ? 0 : dir.length() + 1;
        TreeMap<String, ArtifactEntry> entries = new TreeMap<>();
        for (ArtifactInfo file : files) {
            // every directory between the listed one and the file (only the first when not recursive)
            for (int slash = file.path().indexOf('/', start); slash > 0; slash = file.path().indexOf('/', slash + 1)) {
                String sub = file.path().substring(0, slash);
                entries.putIfAbsent(sub, ArtifactEntry.directory(sub));
                if (!recursive) {
                    break;
                }
            }
            if (recursive || file.path().indexOf('/', start) < 0) {
                entries.put(file.path(), ArtifactEntry.file(file));
            }
        }
        return new ArrayList<>(entries.values());
    }

    @Override
    public int delete(String runId, String path) {
        String target = ArtifactPaths.file(path);
        List<ArtifactInfo> deleted = jdbc.inTransaction(c -> {
            requireActive(c, runId);
            List<ArtifactInfo> files = new ArrayList<>(Artifacts.below(c, runId, target));
            Artifacts.get(c, runId, target).ifPresent(files::add);
            if (files.isEmpty()) {
                throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "artifact.not_found", runId, target);
            }
            Artifacts.delete(c, runId, files);
            return files;
        });
        for (ArtifactInfo file : deleted) {
            blobs.release(file.sha256(), OWNER, runId + "/" + file.path());
        }
        return deleted.size();
    }

    /** @return the file now at the path, if any */
    private static Optional<ArtifactInfo> checkWritable(Connection c, String runId, String file) throws SQLException {
        requireActive(c, runId);
        Artifacts.checkNoClash(c, runId, file);
        return Artifacts.get(c, runId, file);
    }

    private static void requireActive(Connection c, String runId) throws SQLException {
        if (Runs.get(c, runId).lifecycle() != Lifecycle.ACTIVE) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "run.deleted", runId);
        }
    }
}
