package org.aiplatform.kernel.impl.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.aiplatform.kernel.api.blob.BlobInfo;
import org.aiplatform.kernel.api.blob.BlobStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Blobs as files under {@code <root>/sha256/<first two hex>/<hash>}. A put streams into {@code <root>/tmp}, on the
 * same filesystem, hashing as it writes; it forces the file to disk and renames it into place in one atomic step,
 * so readers see a whole blob or none. A failed put deletes its temporary; a crash leaves one that
 * {@link #purgeTemporaries} removes later.
 */
@Component(service = BlobStore.class, configurationPid = BlobConfig.PID,
    property = {BlobStore.NAME + "=local", "service.ranking:Integer=0"})
@Designate(ocd = BlobConfig.class)
public class LocalBlobStore implements BlobStore {
    static final int DEFAULT_BUFFER = 64 * 1024;

    private final Path root;
    private final int bufferSize;

    @Activate
    public LocalBlobStore(BlobConfig config) {
        this(config.local_root().isBlank()
            ? Paths.get(System.getProperty("karaf.data", "data"), "blobs") : Paths.get(config.local_root()),
            DEFAULT_BUFFER);
    }

    /** For tests, here and in other bundles (through the kernel test-jar's TestBlobs). */
    public LocalBlobStore(Path root, int bufferSize) {
        this.root = root.toAbsolutePath();
        this.bufferSize = bufferSize;
    }

    Path root() {
        return root;
    }

    Path temporaries() {
        return root.resolve("tmp");
    }

    @Override
    public BlobInfo put(InputStream content, long expectedSize) throws IOException {
        Files.createDirectories(temporaries());
        Path tmp = Files.createTempFile(temporaries(), "put-", ".part");
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[bufferSize];
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    sha.update(buffer, 0, n);
                    writeFully(out, ByteBuffer.wrap(buffer, 0, n));
                    size += n;
                }
                out.force(true); // on disk before it becomes visible under its name
            }
            if (expectedSize >= 0 && size != expectedSize) {
                throw new IOException("the content ended after " + size + " of " + expectedSize + " bytes");
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            return publish(tmp, hash, size);
        } finally {
            Files.deleteIfExists(tmp); // a no-op after a successful move
        }
    }

    private BlobInfo publish(Path tmp, String hash, long size) throws IOException {
        Path target = pathOf(hash);
        Instant now = Instant.now();
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                syncDirectory(target.getParent());
                return new BlobInfo(hash, size, now);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                // another put of the same content won the rename: its file is ours too
            }
        }
        // stored already: refresh the time so that garbage collection's grace period starts again
        Files.setLastModifiedTime(target, FileTime.from(now));
        return new BlobInfo(hash, size, now);
    }

    @Override
    public Optional<BlobInfo> stat(String hash) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(pathOf(hash), BasicFileAttributes.class);
            return Optional.of(new BlobInfo(hash, a.size(), a.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<InputStream> open(String hash) throws IOException {
        try {
            return Optional.of(Files.newInputStream(pathOf(hash)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean delete(String hash) throws IOException {
        return Files.deleteIfExists(pathOf(hash));
    }

    @Override
    public void forEach(Consumer<BlobInfo> visitor) throws IOException {
        Path blobs = root.resolve("sha256");
        if (!Files.isDirectory(blobs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(blobs, 2)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.length() == 64 && Files.isRegularFile(file)) {
                    stat(name).ifPresent(visitor);
                }
            }
        }
    }

    @Override
    public long purgeTemporaries(Instant olderThan, boolean dryRun) throws IOException {
        if (!Files.isDirectory(temporaries())) {
            return 0;
        }
        long count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(temporaries())) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(olderThan)) {
                    count++;
                    if (!dryRun) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
        return count;
    }

    private Path pathOf(String hash) {
        BlobStore.requireHash(hash);
        return root.resolve("sha256").resolve(hash.substring(0, 2)).resolve(hash);
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    /** Makes the rename itself durable; not every filesystem lets a directory be opened, so it is best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the data itself is forced already; only the directory entry may be lost on power failure
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
