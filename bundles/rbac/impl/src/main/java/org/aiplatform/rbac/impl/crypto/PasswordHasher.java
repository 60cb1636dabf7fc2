package org.aiplatform.rbac.impl.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with
 * Bouncy Castle. The parameters travel in each hash, so raising them later still verifies old hashes.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    /** Verified against when the user does not exist, so that unknown and known names take the same time. */
    private volatile String decoy;

    /**
     * @param memoryKiB memory per hash (OWASP: 19456)
     * @param iterations passes (OWASP: 2)
     * @param parallelism lanes (1)
     */
    public PasswordHasher(int memoryKiB, int iterations, int parallelism) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** @return the PHC string of a new salted hash */
    public String hash(String password) {
        byte[] salt = Secrets.randomBytes(SALT_BYTES);
        byte[] out = compute(password, salt, memoryKiB, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
            + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /**
     * @param password what the user typed
     * @param phc a stored hash, or null for an unknown user (then a decoy is checked, and the answer is false)
     * @return true when the password matches, compared in constant time
     */
    public boolean verify(String password, String phc) {
        boolean known = phc != null;
        String[] parts = (known ? phc : decoy()).split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int m = 0;
        int t = 0;
        int p = 0;
        for (String kv : parts[3].split(",")) {
            String[] pair = kv.split("=", 2);
            int value = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> m = value;
                case "t" -> t = value;
                case "p" -> p = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = B64D.decode(parts[4]);
        byte[] expected = B64D.decode(parts[5]);
        byte[] actual = compute(password == null ? "" : password, salt, m, t, p, expected.length);
        return MessageDigest.isEqual(expected, actual) && known;
    }

    private String decoy() {
        String current = decoy;
        if (current == null) {
            current = hash("decoy password that nobody has"); // on first use, not at activation
            decoy = current;
        }
        return current;
    }

    private static byte[] compute(String password, byte[] salt, int m, int t, int p, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
