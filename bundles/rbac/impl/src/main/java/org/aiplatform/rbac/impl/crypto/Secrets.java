package org.aiplatform.rbac.impl.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets and their digests. Secrets are high-entropy, so a fast SHA-256 is the right way to store them. */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** @return {@code bytes} random bytes */
    public static byte[] randomBytes(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }

    /**
     * @param prefix marks what the secret is ({@code aip_pat_} for API tokens), so leaks are easy to scan for
     * @param bytes random bytes (32 = 256 bits)
     * @return the prefix and the bytes in URL-safe base64
     */
    public static String token(String prefix, int bytes) {
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    /** @return the lower-case hex SHA-256 of the text */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
