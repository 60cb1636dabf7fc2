package org.aiplatform.tracking.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.blob.BlobService;
import org.aiplatform.kernel.impl.testing.TestBlobs;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.tracking.api.ArtifactContent;
import org.aiplatform.tracking.api.ArtifactEntry;
import org.aiplatform.tracking.api.ArtifactInfo;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** What run artifacts guarantee, on every supported database, over the real local blob store. */
abstract class RunArtifactsContract {
    private static final long LIMIT = 4 * 1024 * 1024;

    @TempDir
    Path blobDir;

    private TestDatabase db;
    private JdbcTrackingService tracking;
    private BlobService blobs;
    private JdbcRunArtifacts artifacts;
    private Run run;

    abstract TestDatabase database();

    @BeforeEach
    void migrate() {
        db = database();
        TrackingSchema.migrate(db.dataSource());
        blobs = TestBlobs.create(db.dataSource(), blobDir);
        tracking = new JdbcTrackingService(db.dataSource(), Clock.systemUTC());
        artifacts = new JdbcRunArtifacts(db.dataSource(), blobs, Clock.systemUTC(), LIMIT);
        run = tracking.createRun(tracking.createExperiment("p1", "e", null, null).id(), null, "alice", 1L, null);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aFileComesBackByteExactWithItsHash() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 5];
        new Random(42).nextBytes(data);
        ArtifactInfo stored = artifacts.put(run.id(), "model/weights.bin", new ByteArrayInputStream(data), data.length);
        assertEquals(new ArtifactInfo("model/weights.bin", data.length, sha256(data), stored.createdAt()), stored);
        try (ArtifactContent content = artifacts.open(run.id(), "model/weights.bin")) {
            assertEquals(stored, content.info());
            assertEquals(sha256(data), sha256(content.stream().readAllBytes()));
        }
        assertEquals(1, blobs.references(stored.sha256()));
    }

    @Test
    void listingsShowDirectChildrenOrTheWholeTree() throws Exception {
        for (String path : List.of("a.txt", "plots/loss.png", "plots/2024/acc.png", "model/MLmodel")) {
            put(path, path);
        }
        assertEquals(List.of("a.txt", "model/", "plots/"), names(artifacts.list(run.id(), "", false)));
        assertEquals(List.of("plots/2024/", "plots/loss.png"), names(artifacts.list(run.id(), "plots", false)));
        assertEquals(List.of("a.txt", "model/", "model/MLmodel", "plots/", "plots/2024/", "plots/2024/acc.png",
            "plots/loss.png"), names(artifacts.list(run.id(), null, true)));
        assertEquals(List.of("plots/2024/acc.png"), names(artifacts.list(run.id(), "plots/2024", true)));
        assertEquals(List.of(), artifacts.list(run.id(), "nothing", true));
        assertEquals(14, artifacts.list(run.id(), "plots", false).get(1).file().size());
    }

    @Test
    void likeWildcardsInADirectoryNameMatchOnlyThemselves() throws Exception {
        put("a_b/x", "1");
        put("axb/y", "2");
        put("100%/z", "3");
        assertEquals(List.of("a_b/x"), names(artifacts.list(run.id(), "a_b", true)));
        assertEquals(List.of("100%/z"), names(artifacts.list(run.id(), "100%", true)));
    }

    @Test
    void replacingAFileMovesTheReferenceAndDeletingReleasesIt() throws Exception {
        ArtifactInfo first = put("model/v.bin", "first");
        ArtifactInfo second = put("model/v.bin", "second");
        assertEquals(0, blobs.references(first.sha256()), "the replaced content is released");
        assertEquals(1, blobs.references(second.sha256()));
        ArtifactInfo again = put("model/v.bin", "second");
        assertEquals(1, blobs.references(again.sha256()), "the same content again keeps one reference");
        put("model/other.bin", "second");
        assertEquals(2, blobs.references(second.sha256()), "one per path");

        assertEquals(2, artifacts.delete(run.id(), "model"));
        assertEquals(0, blobs.references(second.sha256()));
        assertEquals(List.of(), artifacts.list(run.id(), "", true));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> artifacts.delete(run.id(), "model"));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> artifacts.open(run.id(), "model/v.bin"));
        // unreferenced now, so garbage collection takes both blobs (no grace period)
        assertEquals(2, blobs.collect(Duration.ZERO.minusSeconds(1), false).blobs());
    }

    @Test
    void pathTricksAreRefusedBeforeAnythingIsStored() {
        for (String bad : List.of("../x", "a/../../x", "/etc/passwd", "a//b", "./a", "a/.", "a/", "a\\b", "",
            "tab\there", "x".repeat(501))) {
            assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> put(bad, "data"));
        }
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> artifacts.list(run.id(), "../", true));
        assertEquals(List.of(), artifacts.list(run.id(), "", true));
        assertStoreEmpty();
    }

    @Test
    void aFileCannotHideADirectoryNorSitBelowAFile() throws Exception {
        put("dir/file", "1");
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> put("dir", "2"));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> put("dir/file/below", "3"));
        assertEquals(List.of("dir/", "dir/file"), names(artifacts.list(run.id(), "", true)));
    }

    @Test
    void aFailedOrOversizeUploadLeavesNoArtifactAndNoBlob() {
        InputStream hangsUp = new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]),
            new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("client hung up");
                }
            });
        assertThrows(IOException.class, () -> artifacts.put(run.id(), "big.bin", hangsUp, 200_000));
        assertThrows(IOException.class, () -> artifacts.put(run.id(), "short.bin",
            new ByteArrayInputStream(new byte[10]), 11));
        assertCode(ErrorCode.REQUEST_TOO_LARGE, () -> artifacts.put(run.id(), "huge.bin",
            InputStream.nullInputStream(), LIMIT + 1));
        // an unknown length is counted as it streams
        assertCode(ErrorCode.REQUEST_TOO_LARGE, () -> artifacts.put(run.id(), "huge.bin",
            new ByteArrayInputStream(new byte[(int) LIMIT + 1]), -1));
        assertEquals(List.of(), artifacts.list(run.id(), "", true));
        assertStoreEmpty();
    }

    @Test
    void deletedRunsRefuseWritesButStillServeReads() throws Exception {
        put("keep.txt", "kept");
        tracking.setRunLifecycle(run.id(), Lifecycle.DELETED);
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> put("new.txt", "x"));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> artifacts.delete(run.id(), "keep.txt"));
        try (ArtifactContent content = artifacts.open(run.id(), "keep.txt")) {
            assertEquals("kept", new String(content.stream().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> put("x", "y", "0".repeat(32)));
    }

    private ArtifactInfo put(String path, String text) throws IOException {
        return put(path, text, run.id());
    }

    private ArtifactInfo put(String path, String text, String runId) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return artifacts.put(runId, path, new ByteArrayInputStream(bytes), bytes.length);
    }

    private void assertStoreEmpty() {
        try (Stream<Path> files = Files.walk(blobDir)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(List<ArtifactEntry> entries) {
        return entries.stream().map(e -> e.directory() ? e.path() + "/" : e.path()).toList();
    }

    private static void assertCode(ErrorCode code, Executable call) {
        assertEquals(code, assertThrows(ApiException.class, call).code());
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
