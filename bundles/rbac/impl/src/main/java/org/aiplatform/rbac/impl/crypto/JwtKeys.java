package org.aiplatform.rbac.impl.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;

/**
 * The HMAC keys that sign access tokens, kept in a file only the platform's user can read. The newest key signs;
 * older ones still verify until every token they signed has expired (a token lifetime after the next key replaced
 * them), then they are dropped. A key older than the rotation period is replaced when a token is next issued.
 */
public final class JwtKeys {
    private static final int KEY_BYTES = 32;

    private final Path file;
    private final Duration rotation;
    private final Duration tokenLifetime;
    private final Clock clock;
    private List<OctetSequenceKey> keys;

    /**
     * @param file where the keys live, e.g. {@code ${karaf.data}/aiplatform/rbac/jwt-keys.json}
     * @param rotation how long a key signs
     * @param tokenLifetime how long an access token lives (how long a retired key must still verify)
     * @param clock the clock
     */
    public JwtKeys(Path file, Duration rotation, Duration tokenLifetime, Clock clock) {
        this.file = file;
        this.rotation = rotation;
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
    }

    /** @return the key to sign with, making or rotating one when due */
    public synchronized OctetSequenceKey signing() {
        List<OctetSequenceKey> current = loaded();
        Instant now = clock.instant();
        OctetSequenceKey newest = current.isEmpty() ? null : current.get(0);
        if (newest == null || created(newest).plus(rotation).isBefore(now)) {
            List<OctetSequenceKey> next = new ArrayList<>();
            next.add(newKey(now));
            next.addAll(current);
            save(stillVerifying(next, now));
        }
        return keys.get(0);
    }

    /** @return the key with this id, if it still verifies */
    public synchronized Optional<OctetSequenceKey> byId(String keyId) {
        return loaded().stream().filter(k -> k.getKeyID().equals(keyId)).findFirst();
    }

    /** Forces a new signing key now (the old one keeps verifying). */
    public synchronized void rotate() {
        List<OctetSequenceKey> next = new ArrayList<>();
        next.add(newKey(clock.instant()));
        next.addAll(loaded());
        save(stillVerifying(next, clock.instant()));
    }

    /**
     * A key stopped signing when the next newer one was made; tokens it signed live a token lifetime longer.
     *
     * @param newestFirst the new key followed by the current ones
     * @return the keys that may still verify a live token
     */
    private List<OctetSequenceKey> stillVerifying(List<OctetSequenceKey> newestFirst, Instant now) {
        List<OctetSequenceKey> kept = new ArrayList<>();
        kept.add(newestFirst.get(0));
        for (int i = 1; i < newestFirst.size(); i++) {
            Instant retired = created(newestFirst.get(i - 1));
            if (retired.plus(tokenLifetime).isAfter(now)) {
                kept.add(newestFirst.get(i));
            }
        }
        return kept;
    }

    private List<OctetSequenceKey> loaded() {
        if (keys == null) {
            keys = Files.exists(file) ? read() : List.of();
        }
        return keys;
    }

    private List<OctetSequenceKey> read() {
        try {
            List<OctetSequenceKey> out = new ArrayList<>();
            for (JWK jwk : JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)).getKeys()) {
                out.add(jwk.toOctetSequenceKey());
            }
            out.sort(Comparator.comparing(JwtKeys::created).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("corrupt key file " + file + ": " + e.getMessage(), e);
        }
    }

    private void save(List<OctetSequenceKey> toSave) {
        write(toSave);
        keys = List.copyOf(toSave);
    }

    private void write(List<OctetSequenceKey> toSave) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, new JWKSet(new ArrayList<JWK>(toSave)).toString(false), StandardCharsets.UTF_8);
            restrict(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the data directory's own permissions apply
        }
    }

    private static OctetSequenceKey newKey(Instant now) {
        return new OctetSequenceKey.Builder(Secrets.randomBytes(KEY_BYTES))
            .keyID(now.getEpochSecond() + "-" + HexFormat.of().formatHex(Secrets.randomBytes(4)))
            .issueTime(Date.from(now))
            .build();
    }

    private static Instant created(OctetSequenceKey key) {
        return key.getIssueTime() == null ? Instant.EPOCH : key.getIssueTime().toInstant();
    }
}
