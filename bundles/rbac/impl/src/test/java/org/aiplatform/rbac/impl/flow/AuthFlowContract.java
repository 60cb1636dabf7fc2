package org.aiplatform.rbac.impl.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.Credentials;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.rbac.api.IssuedApiToken;
import org.aiplatform.rbac.api.NewApiToken;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.api.TokenPair;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserChanges;
import org.aiplatform.rbac.api.UserStatus;
import org.aiplatform.rbac.impl.RbacFixture;
import org.aiplatform.rbac.impl.auth.RbacAuthenticator;
import org.aiplatform.rbac.impl.service.ApiTokenServiceImpl;
import org.aiplatform.rbac.impl.service.AuthServiceImpl;
import org.aiplatform.rbac.impl.service.UserServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins, tokens and their defences, on every supported database. */
abstract class AuthFlowContract {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    RbacFixture fx;
    UserServiceImpl users;
    AuthServiceImpl auth;
    ApiTokenServiceImpl apiTokens;
    RbacAuthenticator authenticator;
    User alice;

    abstract TestDatabase database();

    @BeforeEach
    void setUp() {
        fx = new RbacFixture(database(), dir.resolve("keys.json"),
            Map.of("lockout.threshold", 3, "lockout.seconds", 60, "login.attempts.per.minute", 1000));
        users = new UserServiceImpl(fx.core);
        auth = new AuthServiceImpl(fx.core);
        apiTokens = new ApiTokenServiceImpl(fx.core);
        authenticator = new RbacAuthenticator(fx.core, apiTokens);
        alice = users.create(new NewUser("alice", PASSWORD, "Alice", "alice@example.com", "developer"), "admin");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aLoginIssuesTokensThatAuthenticate() {
        TokenPair pair = auth.login("Alice", PASSWORD, "10.0.0.1");
        assertEquals("bearer", pair.tokenType());
        assertEquals(900, pair.expiresIn());
        AuthenticatedUser user = bearer(pair.accessToken()).orElseThrow();
        assertEquals(alice.id(), user.id());
        assertEquals("jwt", user.authMethod());
        assertTrue(users.get(alice.id()).lastLoginAt() != null);
        assertEquals(AuditOutcome.SUCCESS, fx.audit.events().stream()
            .filter(e -> e.action().equals("auth.login")).findFirst().orElseThrow().outcome());
    }

    @Test
    void everyFailureLooksTheSame() {
        users.create(new NewUser("bob", PASSWORD, null, null, "viewer"), "admin");
        users.update(users.findByUsername("bob").orElseThrow().id(), new UserChanges(null, null, null,
            UserStatus.DISABLED), "admin");
        List<String> messages = new ArrayList<>();
        for (String[] attempt : new String[][] {{"alice", "wrong password!!"}, {"nobody", PASSWORD},
            {"bob", PASSWORD}, {"", ""}}) {
            ApiException e = assertThrows(ApiException.class, () -> auth.login(attempt[0], attempt[1], "10.0.0.2"));
            assertEquals(ErrorCode.UNAUTHENTICATED, e.code());
            messages.add(e.getMessage());
        }
        assertEquals(1, Set.copyOf(messages).size(), "no hint whether the user exists: " + messages);
    }

    @Test
    void lockoutEngagesAndReleases() {
        for (int i = 0; i < 3; i++) {
            assertThrows(ApiException.class, () -> auth.login("alice", "wrong password!!", "10.0.0.3"));
        }
        assertThrows(ApiException.class, () -> auth.login("alice", PASSWORD, "10.0.0.3"),
            "locked: even the right password fails");
        assertTrue(basic("alice", PASSWORD).isEmpty(), "HTTP Basic is locked too");
        fx.clock.advance(Duration.ofSeconds(61));
        assertTrue(bearer(auth.login("alice", PASSWORD, "10.0.0.3").accessToken()).isPresent(), "released");
        assertTrue(fx.audit.events().stream().anyMatch(e -> "locked".equals(e.details().get("reason"))));
    }

    @Test
    void passwordsAreStoredOnlyAsSaltedArgon2idHashes() throws Exception {
        users.create(new NewUser("carol", PASSWORD, null, null, "viewer"), "admin");
        List<String> hashes = column("select password_hash from rbac_user where username in ('alice', 'carol')");
        for (String hash : hashes) {
            assertTrue(hash.startsWith("$argon2id$v=19$"), hash);
            assertFalse(hash.contains(PASSWORD));
        }
        assertNotEquals(hashes.get(0), hashes.get(1), "salted: the same password hashes differently");
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenEndsTheSession() {
        TokenPair first = auth.login("alice", PASSWORD, "10.0.0.4");
        TokenPair second = auth.refresh(first.refreshToken(), "10.0.0.4");
        assertTrue(bearer(second.accessToken()).isPresent());
        ApiException reuse = assertThrows(ApiException.class, () -> auth.refresh(first.refreshToken(), "10.6.6.6"));
        assertEquals(ErrorCode.UNAUTHENTICATED, reuse.code());
        assertTrue(bearer(second.accessToken()).isEmpty(), "the whole session ended");
        assertThrows(ApiException.class, () -> auth.refresh(second.refreshToken(), "10.0.0.4"));
    }

    @Test
    void aRevokedAccessTokenStopsAtOnce() {
        TokenPair pair = auth.login("alice", PASSWORD, "10.0.0.5");
        assertTrue(bearer(pair.accessToken()).isPresent());
        auth.revoke(pair.accessToken(), alice.id());
        assertTrue(bearer(pair.accessToken()).isEmpty());
        assertThrows(ApiException.class, () -> auth.refresh(pair.refreshToken(), "10.0.0.5"));
    }

    @Test
    void apiTokensWorkAsBearerAndAsBasicPasswordAndStopWhenRevoked() throws Exception {
        IssuedApiToken token = apiTokens.create(alice.id(), new NewApiToken("ci", Set.of("tracking:*"), null));
        assertTrue(token.secret().startsWith("aip_pat_"));
        AuthenticatedUser viaBearer = bearer(token.secret()).orElseThrow();
        assertEquals(Set.of("tracking:*"), viaBearer.scopes());
        assertTrue(basic("alice", token.secret()).isPresent(), "MLflow clients send it as the Basic password");
        assertTrue(authenticator.authenticate(Credentials.basic("mallory", token.secret(), null)).isEmpty());
        assertFalse(column("select token_hash from rbac_api_token").contains(token.secret()), "stored hashed");
        apiTokens.revoke(alice.id(), token.token().id(), alice.id());
        assertTrue(bearer(token.secret()).isEmpty());
        assertTrue(apiTokens.list(alice.id()).isEmpty());
    }

    @Test
    void apiTokensExpire() {
        IssuedApiToken token = apiTokens.create(alice.id(), new NewApiToken("short", Set.of(), 1));
        assertTrue(bearer(token.secret()).isPresent());
        fx.clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertTrue(bearer(token.secret()).isEmpty());
    }

    @Test
    void knownApiTokensAreCheckedAgainstTheDatabaseWithinTheCacheTime() throws Exception {
        IssuedApiToken token = apiTokens.create(alice.id(), new NewApiToken("ci", Set.of(), null));
        assertTrue(bearer(token.secret()).isPresent());
        String lastUsed = "select last_used_at from rbac_api_token where id = '" + token.token().id() + "'";
        String firstUse = column(lastUsed).get(0);
        assertTrue(firstUse != null, "the first use is written");
        // another node revokes it: this node's memory of it lasts cache.seconds (10) at most
        execute("update rbac_api_token set revoked_at = 1 where id = '" + token.token().id() + "'");
        assertTrue(bearer(token.secret()).isPresent());
        fx.clock.advance(Duration.ofSeconds(11));
        assertTrue(bearer(token.secret()).isEmpty());
        assertEquals(List.of(firstUse), column(lastUsed), "uses within a minute are not written");
    }

    @Test
    void basicPasswordsStopWorkingWhenChanged() {
        assertTrue(basic("alice", PASSWORD).isPresent());
        users.changePassword(alice.id(), PASSWORD, "a brand new passphrase");
        assertTrue(basic("alice", PASSWORD).isEmpty());
        assertTrue(basic("alice", "a brand new passphrase").isPresent());
    }

    @Test
    void disablingAnAccountStopsItsTokens() {
        TokenPair pair = auth.login("alice", PASSWORD, "10.0.0.6");
        IssuedApiToken token = apiTokens.create(alice.id(), new NewApiToken("ci", Set.of(), null));
        users.update(alice.id(), new UserChanges(null, null, null, UserStatus.DISABLED), "admin");
        assertTrue(bearer(pair.accessToken()).isEmpty());
        assertTrue(bearer(token.secret()).isEmpty());
    }

    @Test
    void tooManyAttemptsFromOneAddressAreRefusedForAMinute() {
        try (RbacFixture limited = new RbacFixture(database(), dir.resolve("k2.json"),
            Map.of("login.attempts.per.minute", 3))) {
            AuthServiceImpl limitedAuth = new AuthServiceImpl(limited.core);
            new UserServiceImpl(limited.core).create(new NewUser("dave", PASSWORD, null, null, null), "admin");
            for (int i = 0; i < 3; i++) {
                assertThrows(ApiException.class, () -> limitedAuth.login("dave", "wrong password!!", "10.9.9.9"));
            }
            ApiException limit = assertThrows(ApiException.class, () -> limitedAuth.login("dave", PASSWORD, "10.9.9.9"));
            assertEquals(ErrorCode.REQUEST_LIMIT_EXCEEDED, limit.code());
            assertTrue(limitedAuth.login("dave", PASSWORD, "10.1.1.1").accessToken() != null, "other addresses");
        }
    }

    Optional<AuthenticatedUser> bearer(String token) {
        return authenticator.authenticate(Credentials.bearer(token, "10.0.0.1"));
    }

    Optional<AuthenticatedUser> basic(String user, String secret) {
        return authenticator.authenticate(Credentials.basic(user, secret, "10.0.0.1"));
    }

    private void execute(String sql) throws Exception {
        try (Connection c = fx.db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private List<String> column(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = fx.db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
