package org.aiplatform.rbac.impl.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Set;

import org.aiplatform.kernel.impl.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

class AccessTokensTest {
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    private JwtKeys keys() {
        return new JwtKeys(dir.resolve("keys.json"), Duration.ofDays(30), LIFETIME, clock);
    }

    private AccessTokens tokens(JwtKeys keys, String issuer) {
        return new AccessTokens(keys, issuer, LIFETIME, clock);
    }

    @Test
    void issuedTokensVerifyWithTheirClaims() {
        AccessTokens tokens = tokens(keys(), "aiplatform");
        AccessTokens.Claims claims = tokens.verify(tokens.issue("u1", "alice", "s1")).orElseThrow();
        assertEquals("u1", claims.userId());
        assertEquals("alice", claims.username());
        assertEquals("s1", claims.sessionId());
        assertEquals(clock.instant().plus(LIFETIME), claims.expiresAt());
    }

    @Test
    void expiredTokensAreRefused() {
        AccessTokens tokens = tokens(keys(), "aiplatform");
        String token = tokens.issue("u1", "alice", "s1");
        clock.advance(LIFETIME.plusSeconds(1));
        assertTrue(tokens.verify(token).isEmpty());
    }

    @Test
    void tamperedTokensAreRefused() {
        AccessTokens tokens = tokens(keys(), "aiplatform");
        String[] parts = tokens.issue("u1", "alice", "s1").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"u1\"", "\"u2\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(tokens.verify(forged).isEmpty(), "changed subject");
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(1) + "A";
        assertTrue(tokens.verify(badSignature).isEmpty(), "changed signature");
        assertTrue(tokens.verify(parts[0] + "." + parts[1] + ".").isEmpty(), "no signature");
    }

    @Test
    void unsignedAndForeignAlgorithmsAreRefused() throws Exception {
        AccessTokens tokens = tokens(keys(), "aiplatform");
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("aiplatform").subject("u1").claim("sid", "s1")
            .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plus(LIFETIME))).build();
        assertTrue(tokens.verify(new PlainJWT(new PlainHeader(), claims).serialize()).isEmpty(), "alg=none");
        String kid = keys().signing().getKeyID();
        SignedJWT hs512 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS512).keyID(kid).build(), claims);
        hs512.sign(new MACSigner(new byte[64]));
        assertTrue(tokens.verify(hs512.serialize()).isEmpty(), "another algorithm");
        SignedJWT otherKey = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
        otherKey.sign(new MACSigner(new byte[32]));
        assertTrue(tokens.verify(otherKey.serialize()).isEmpty(), "signed with another key");
        assertTrue(tokens.verify("not.a.jwt").isEmpty());
        assertTrue(tokens.verify("").isEmpty());
    }

    @Test
    void tokensOfAnotherIssuerAreRefused() {
        JwtKeys shared = keys();
        String foreign = tokens(shared, "someone-else").issue("u1", "alice", "s1");
        assertTrue(tokens(shared, "aiplatform").verify(foreign).isEmpty());
    }

    @Test
    void keysSurviveARestartAndRotationKeepsOldTokensValid() throws Exception {
        String before = tokens(keys(), "aiplatform").issue("u1", "alice", "s1");
        assertTrue(tokens(keys(), "aiplatform").verify(before).isPresent(), "a new instance reads the same keys");
        JwtKeys rotating = keys();
        String oldKey = rotating.signing().getKeyID();
        rotating.rotate();
        assertNotEquals(oldKey, rotating.signing().getKeyID());
        assertTrue(tokens(rotating, "aiplatform").verify(before).isPresent(), "the retired key still verifies");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
            Files.getPosixFilePermissions(dir.resolve("keys.json")));
    }

    @Test
    void aKeyPastItsRotationIsReplacedAndDroppedOnceItsTokensExpired() {
        JwtKeys rotating = keys();
        String first = rotating.signing().getKeyID();
        clock.advance(Duration.ofDays(31));
        String second = rotating.signing().getKeyID();
        assertNotEquals(first, second);
        assertTrue(rotating.byId(first).isPresent(), "still verifies tokens signed just before");
        clock.advance(Duration.ofDays(30).plus(LIFETIME));
        rotating.signing();
        assertTrue(rotating.byId(first).isEmpty(), "dropped once no token it signed can be alive");
    }
}
