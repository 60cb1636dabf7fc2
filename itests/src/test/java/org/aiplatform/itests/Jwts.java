package org.aiplatform.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.aiplatform.sdk.testkit.PlatformHttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds JSON Web Tokens by hand (RFC 7515 compact form), so that tests can forge exactly the token they mean:
 * another algorithm, a changed claim, a wrong signature, or a real signature over claims the platform must refuse.
 */
final class Jwts {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwts() {
    }

    /** @return the header of a compact JWT */
    static ObjectNode header(String jwt) {
        return (ObjectNode) part(jwt, 0);
    }

    /** @return the claims of a compact JWT */
    static ObjectNode claims(String jwt) {
        return (ObjectNode) part(jwt, 1);
    }

    /** @return the signature part of a compact JWT */
    static String signature(String jwt) {
        return jwt.split("\\.", -1)[2];
    }

    /** @return {@code header.claims.signature} with the given signature text as is */
    static String compact(JsonNode header, JsonNode claims, String signature) {
        return encode(header) + "." + encode(claims) + "." + signature;
    }

    /** @return a token signed with HS256 and the key */
    static String hs256(JsonNode header, JsonNode claims, byte[] key) {
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return signingInput + "." + ENCODER.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param keyFile the platform's JWK set ({@code ${karaf.data}/aiplatform/rbac/jwt-keys.json})
     * @param keyId the {@code kid} of the key wanted
     * @return the secret bytes of that key
     */
    static byte[] platformKey(Path keyFile, String keyId) {
        try {
            for (JsonNode key : PlatformHttp.json(Files.readString(keyFile)).get("keys")) {
                if (keyId.equals(key.path("kid").asText())) {
                    return DECODER.decode(key.get("k").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no key " + keyId + " in " + keyFile);
    }

    private static String encode(JsonNode json) {
        return ENCODER.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode part(String jwt, int index) {
        return PlatformHttp.json(new String(DECODER.decode(jwt.split("\\.", -1)[index]), StandardCharsets.UTF_8));
    }
}
