package org.aiplatform.rbac.impl.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.Authenticator;
import org.aiplatform.kernel.api.security.Credentials;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserStatus;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.crypto.AccessTokens;
import org.aiplatform.rbac.impl.crypto.Secrets;
import org.aiplatform.rbac.impl.service.ApiTokenServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Recognises platform callers: {@code Bearer} with an access token (JWT) or an API token, and HTTP Basic with a
 * password or an API token as the password (what MLflow clients send). A successful Basic password check is
 * remembered for a few minutes, keyed by a hash of name and password, so that a client sending Basic on every
 * request does not pay for argon2 every time; any change to accounts forgets it.
 */
@Component(service = Authenticator.class, property = Authenticator.REALM + "=" + RbacAuthenticator.REALM)
public class RbacAuthenticator implements Authenticator {
    /** The realm of platform accounts (this authenticator and {@link RbacAuthorizer}). */
    public static final String REALM = "platform";
    private static final Duration BASIC_MEMORY = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final RbacCore core;
    private final ApiTokenServiceImpl apiTokens;
    private final Map<String, Remembered> basic = new ConcurrentHashMap<>();

    @Activate
    public RbacAuthenticator(@Reference RbacCore core, @Reference ApiTokenServiceImpl apiTokens) {
        this.core = core;
        this.apiTokens = apiTokens;
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(Credentials credentials) {
        String secret = credentials.secret();
        if (secret.startsWith(ApiTokenServiceImpl.PREFIX)) {
            return apiTokens.authenticate(secret)
                .filter(holder -> credentials.username() == null
                    || holder.username().equalsIgnoreCase(credentials.username()))
                .filter(holder -> active(holder.userId()))
                .map(holder -> new AuthenticatedUser(holder.userId(), holder.username(), "token", holder.scopes()));
        }
        if (credentials.scheme() == Credentials.Scheme.BEARER) {
            return core.tokens().verify(secret)
                .filter(claims -> !core.access().isRevoked(claims.sessionId()))
                .filter(claims -> active(claims.userId()))
                .map(RbacAuthenticator::user);
        }
        return basicPassword(credentials);
    }

    private Optional<AuthenticatedUser> basicPassword(Credentials credentials) {
        String key = Secrets.sha256(credentials.username().toLowerCase(Locale.ROOT) + '\0'
            + credentials.secret());
        Instant now = core.clock().instant();
        Remembered known = basic.get(key);
        if (known != null && known.until.isAfter(now) && known.generation == core.access().generation()) {
            return Optional.of(known.user);
        }
        long generation = core.access().generation();
        User user;
        try {
            user = core.passwords().check(credentials.username(), credentials.secret(), credentials.remoteAddress(),
                "basic");
        } catch (ApiException e) {
            if (e.code() == ErrorCode.UNAUTHENTICATED) {
                return Optional.empty(); // not a platform account, or a wrong password: another realm may know it
            }
            throw e; // too many attempts: 429 whatever other realms would say
        }
        AuthenticatedUser authenticated = new AuthenticatedUser(user.id(), user.username(), "basic", Set.of());
        if (basic.size() > MAX_REMEMBERED) {
            basic.clear();
        }
        basic.put(key, new Remembered(authenticated, now.plus(BASIC_MEMORY), generation));
        return Optional.of(authenticated);
    }

    /** Disabling an account stops its tokens at once (it also revokes its sessions). */
    private boolean active(String userId) {
        return core.access().access(userId).map(a -> a.user().status() == UserStatus.ACTIVE).orElse(false);
    }

    private static AuthenticatedUser user(AccessTokens.Claims claims) {
        return new AuthenticatedUser(claims.userId(), claims.username(), "jwt", Set.of());
    }

    private record Remembered(AuthenticatedUser user, Instant until, long generation) {
    }
}
