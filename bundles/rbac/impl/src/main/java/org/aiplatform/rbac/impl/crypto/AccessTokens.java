package org.aiplatform.rbac.impl.crypto;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens: HS256 JWTs with issuer, subject (user id), name, session id, issue and expiry times. Verification
 * pins the algorithm (no {@code none}, no RSA/HMAC confusion), requires a known key id, checks the signature, the
 * issuer and the times.
 */
public final class AccessTokens {
    /** Tokens issued a little in the future (clock drift between nodes) are still accepted. */
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final JwtKeys keys;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    /**
     * @param keys the signing keys
     * @param issuer the {@code iss} claim issued and required
     * @param lifetime how long a token lives
     * @param clock the clock
     */
    public AccessTokens(JwtKeys keys, String issuer, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** @return how long issued tokens live */
    public Duration lifetime() {
        return lifetime;
    }

    /**
     * @param userId the subject
     * @param username the login name
     * @param sessionId the session the token belongs to
     * @return the serialized token
     */
    public String issue(String userId, String username, String sessionId) {
        OctetSequenceKey key = keys.signing();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .issuer(issuer).subject(userId).claim("name", username).claim("sid", sessionId)
            .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(Secrets.token("", 12))
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return jwt.serialize();
    }

    /**
     * @param token what a client sent
     * @return its claims when it is a valid, unexpired token of this platform; empty otherwise (never an exception)
     */
    public Optional<Claims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.HS256.equals(header.getAlgorithm()) || header.getKeyID() == null
                || jwt.getState() != JWSObject.State.SIGNED) {
                return Optional.empty();
            }
            Optional<OctetSequenceKey> key = keys.byId(header.getKeyID());
            if (key.isEmpty() || !jwt.verify(new MACVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            Date expires = claims.getExpirationTime();
            Date issued = claims.getIssueTime();
            if (!issuer.equals(claims.getIssuer()) || expires == null || !expires.toInstant().isAfter(now)
                || issued == null || issued.toInstant().isAfter(now.plus(SKEW)) || claims.getSubject() == null
                || claims.getStringClaim("sid") == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(claims.getSubject(), claims.getStringClaim("name"),
                claims.getStringClaim("sid"), expires.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty(); // malformed, unsigned or of another algorithm family: simply not valid
        }
    }

    /**
     * What a valid access token says.
     *
     * @param userId the subject
     * @param username the login name
     * @param sessionId the session
     * @param expiresAt when it expires
     */
    public record Claims(String userId, String username, String sessionId, Instant expiresAt) {
    }
}
