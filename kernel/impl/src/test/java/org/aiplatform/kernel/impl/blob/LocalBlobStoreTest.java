package org.aiplatform.kernel.impl.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.aiplatform.kernel.api.blob.BlobInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest {
    private static final int BUFFER = 1024;

    @TempDir
    Path dir;

    @Test
    void streamsContentManyTimesTheBufferAndNamesItBySha256() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir, BUFFER);
        long size = 3L * 1024 * 1024 + 17; // 3 MB through a 1 KB buffer
        BlobInfo blob = store.put(new PatternStream(size, -1), size);
        assertEquals(size, blob.size());
        assertEquals(sha256(new PatternStream(size, -1)), blob.hash());
        try (InputStream in = store.open(blob.hash()).orElseThrow()) {
            assertEquals(blob.hash(), sha256(in), "read back byte for byte");
        }
        assertEquals(size, store.stat(blob.hash()).orElseThrow().size());
        assertEquals(List.of(), temporaries(store));
    }

    @Test
    void knownContentHasItsKnownHash() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir, BUFFER);
        BlobInfo empty = store.put(InputStream.nullInputStream(), 0);
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.hash());
        BlobInfo abc = store.put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), -1);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", abc.hash());
        try (InputStream in = store.open(abc.hash()).orElseThrow()) {
            assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), in.readAllBytes());
        }
    }

    @Test
    void concurrentPutsOfTheSameContentStoreItOnce() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir, BUFFER);
        int writers = 8;
        long size = 256 * 1024;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<BlobInfo>> puts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                puts.add(pool.submit((Callable<BlobInfo>) () -> {
                    start.await();
                    return store.put(new PatternStream(size, -1), size);
                }));
            }
            String hash = sha256(new PatternStream(size, -1));
            for (Future<BlobInfo> put : puts) {
                assertEquals(hash, put.get().hash());
            }
            List<BlobInfo> stored = new ArrayList<>();
            store.forEach(stored::add);
            assertEquals(1, stored.size());
            assertEquals(size, stored.get(0).size());
            assertEquals(List.of(), temporaries(store));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStreamThatFailsMidwayLeavesNothing() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir, BUFFER);
        long size = 100_000;
        IOException failure = assertThrows(IOException.class, () -> store.put(new PatternStream(size, 50_000), size));
        assertEquals("client hung up", failure.getMessage());
        assertNothingStored(store);
        // a stream that ends early (the client stopped sending) is no more a blob than one that fails
        assertThrows(IOException.class, () -> store.put(new PatternStream(size - 1, -1), size));
        assertNothingStored(store);
        assertFalse(store.stat(sha256(new PatternStream(size - 1, -1))).isPresent());
    }

    @Test
    void leftoversOfACrashArePurgedOnceOld() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir, BUFFER);
        Files.createDirectories(store.temporaries());
        Path crashed = Files.writeString(store.temporaries().resolve("put-1.part"), "half");
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path running = Files.writeString(store.temporaries().resolve("put-2.part"), "writing");
        Instant cutoff = Instant.parse("2026-06-01T00:00:00Z");
        assertEquals(1, store.purgeTemporaries(cutoff, true));
        assertTrue(Files.exists(crashed), "a dry run deletes nothing");
        assertEquals(1, store.purgeTemporaries(cutoff, false));
        assertFalse(Files.exists(crashed));
        assertTrue(Files.exists(running), "an upload in progress is kept");
    }

    @Test
    void deleteRemovesTheBlob() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir, BUFFER);
        BlobInfo blob = store.put(new PatternStream(10, -1), 10);
        assertTrue(store.delete(blob.hash()));
        assertFalse(store.delete(blob.hash()));
        assertTrue(store.open(blob.hash()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
    }

    private static void assertNothingStored(LocalBlobStore store) throws IOException {
        List<BlobInfo> stored = new ArrayList<>();
        store.forEach(stored::add);
        assertEquals(List.of(), stored);
        assertEquals(List.of(), temporaries(store));
    }

    private static List<Path> temporaries(LocalBlobStore store) throws IOException {
        if (!Files.isDirectory(store.temporaries())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(store.temporaries())) {
            return files.toList();
        }
    }

    static String sha256(InputStream in) throws IOException {
        var digest = LocalBlobStore.sha256();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Generated bytes (never held in memory), optionally failing like a client that hangs up. */
    static final class PatternStream extends InputStream {
        private final long size;
        private final long failAt;
        private long position;

        PatternStream(long size, long failAt) {
            this.size = size;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failAt >= 0 && position >= failAt) {
                throw new IOException("client hung up");
            }
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = (byte) (p * 31 + (p >>> 11));
            }
            position += n;
            return n;
        }
    }
}
