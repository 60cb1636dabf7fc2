package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.aiplatform.itests.Accounts.Account;
import org.aiplatform.itests.Accounts.Session;
import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.Waiting;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Forged JWTs are refused, revoked tokens stop at once, lockout engages and releases, failed logins look alike,
 * secrets are stored hashed and never logged (with DEBUG logging of the platform and CXF).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RbacSecurityIT extends PlatformTestSupport {
    private static final String RBAC_CFG = "etc/org.aiplatform.rbac.cfg";
    private static final String LOGGING_CFG = "etc/org.ops4j.pax.logging.cfg";
    private static final int LOCKOUT_THRESHOLD = 3;

    @Inject
    @Filter(value = "(osgi.jndi.service.name=aiplatform)", timeout = 120_000)
    DataSource dataSource;

    private Accounts accounts;

    @Override
    @Configuration
    public Option[] config() {
        return platform(
            editConfigurationFilePut(RBAC_CFG, "lockout.threshold", String.valueOf(LOCKOUT_THRESHOLD)),
            editConfigurationFilePut(RBAC_CFG, "lockout.seconds", "3"), // short, so that the release is seen
            editConfigurationFilePut(RBAC_CFG, "login.attempts.per.minute", "1000"),
            editConfigurationFilePut(LOGGING_CFG, "log4j2.logger.aiplatform.level", "DEBUG"),
            editConfigurationFilePut(LOGGING_CFG, "log4j2.logger.cxf.level", "DEBUG"),
            // CXF logs through java.util.logging, whose own levels drop its debug records: route it to SLF4J
            systemProperty("org.apache.cxf.Logger").value("org.apache.cxf.common.logging.Slf4jLogger"));
    }

    @Before
    public void ready() {
        awaitReady();
        accounts = new Accounts(http());
    }

    @Test
    public void forgedAccessTokensAreRefused() {
        Account user = accounts.create("viewer");
        String valid = accounts.login(user).accessToken();
        assertEquals(200, me(valid).statusCode());
        ObjectNode header = Jwts.header(valid);
        ObjectNode claims = Jwts.claims(valid);
        byte[] key = Jwts.platformKey(keyFile(), header.get("kid").asText());
        assertEquals("the test signs as the platform does, so each refusal below is the platform's check", 200,
            me(Jwts.hs256(header, claims, key)).statusCode());

        ObjectNode someoneElse = claims.deepCopy().put("sub", accounts.create("admin").id());
        assertRefused("tampered claims", Jwts.compact(header, someoneElse, Jwts.signature(valid)));
        assertRefused("alg=none", Jwts.compact(header.deepCopy().put("alg", "none"), claims, ""));
        assertRefused("alg=none with the signature", Jwts.compact(header.deepCopy().put("alg", "none"), claims,
            Jwts.signature(valid)));
        long issued = claims.get("iat").asLong();
        assertRefused("expired", Jwts.hs256(header, claims.deepCopy().put("iat", issued - 7200)
            .put("exp", issued - 3600), key));
        assertRefused("wrong issuer", Jwts.hs256(header, claims.deepCopy().put("iss", "someone-else"), key));
        assertRefused("another key", Jwts.hs256(header, claims, "not the platform's key, but 32 bytes long"
            .getBytes()));
        assertRefused("unknown key id", Jwts.hs256(header.deepCopy().put("kid", "unknown"), claims, key));
    }

    @Test
    public void revokedTokensStopWorkingAtOnce() {
        Account user = accounts.create("viewer");
        Session revokedByAccess = accounts.login(user);
        assertEquals(200, revoke(revokedByAccess.accessToken()).statusCode());
        assertRefused("revoked access token", revokedByAccess.accessToken());
        assertEquals(401, refresh(revokedByAccess.refreshToken()).statusCode());

        Session revokedByRefresh = accounts.login(user);
        assertEquals(200, revoke(revokedByRefresh.refreshToken()).statusCode());
        assertRefused("access token of a revoked refresh token", revokedByRefresh.accessToken());
        assertEquals(401, refresh(revokedByRefresh.refreshToken()).statusCode());

        Session loggedOut = accounts.login(user);
        assertEquals(204, http().withToken(loggedOut.accessToken()).post("/api/v1/auth/logout", "").statusCode());
        assertRefused("access token after logout", loggedOut.accessToken());
        assertEquals(401, refresh(loggedOut.refreshToken()).statusCode());

        Session rotated = accounts.login(user);
        assertEquals(200, refresh(rotated.refreshToken()).statusCode());
        assertEquals("a refresh token is used once", 401, refresh(rotated.refreshToken()).statusCode());

        PlatformHttp client = http().withToken(accounts.login(user).accessToken());
        JsonNode deleted = createToken(client);
        assertEquals(200, me(deleted.get("secret").asText()).statusCode());
        assertEquals(204, client.delete("/api/v1/tokens/" + deleted.at("/token/id").asText()).statusCode());
        assertRefused("deleted API token", deleted.get("secret").asText());

        JsonNode revoked = createToken(client);
        assertEquals(200, me(revoked.get("secret").asText()).statusCode());
        assertEquals(200, revoke(revoked.get("secret").asText()).statusCode());
        assertRefused("API token revoked by its secret", revoked.get("secret").asText());
    }

    @Test
    public void lockoutEngagesAndReleases() {
        Account user = accounts.create("viewer");
        HttpResponse<String> wrong = null;
        for (int i = 0; i < LOCKOUT_THRESHOLD; i++) {
            wrong = login(user.username(), "Wrong-Password-" + i);
            assertEquals(wrong.body(), 401, wrong.statusCode());
        }
        HttpResponse<String> locked = login(user.username(), user.password());
        assertEquals("the right password is refused while locked", 401, locked.statusCode());
        assertSameError(wrong, locked);
        Waiting.untilPasses(Duration.ofMinutes(1),
            () -> assertEquals("released", 200, login(user.username(), user.password()).statusCode()));
    }

    @Test
    public void unknownUserAndWrongPasswordLookAlike() {
        Account user = accounts.create("viewer");
        HttpResponse<String> wrongPassword = login(user.username(), "Wrong-Password-x");
        HttpResponse<String> unknownUser = login("nobody" + Accounts.unique(), "Wrong-Password-x");
        assertEquals(401, wrongPassword.statusCode());
        assertSameError(wrongPassword, unknownUser);
    }

    @Test
    public void passwordsAndTokensAreStoredHashed() throws SQLException {
        Account user = accounts.create("viewer");
        Session session = accounts.login(user);
        JsonNode token = createToken(http().withToken(session.accessToken()));
        String hash = column("SELECT password_hash FROM rbac_user WHERE id = ?", user.id());
        assertTrue(hash, hash.startsWith("$argon2id$"));
        assertFalse(hash.contains(user.password()));
        String tokenHash = column("SELECT token_hash FROM rbac_api_token WHERE id = ?", token.at("/token/id").asText());
        assertTrue(tokenHash, tokenHash.matches("[0-9a-f]{64}"));
        assertFalse(tokenHash.contains(token.get("secret").asText()));
        String refreshHash = column("SELECT refresh_hash FROM rbac_session WHERE user_id = ?", user.id());
        assertTrue(refreshHash, refreshHash.matches("[0-9a-f]{64}"));
    }

    @Test
    public void noPasswordOrTokenIsLogged() throws IOException {
        Account user = accounts.create("viewer");
        String wrongPassword = "Wrong-Password-" + Accounts.unique();
        assertEquals(401, login(user.username(), wrongPassword).statusCode());
        Session session = accounts.login(user);
        String refreshed = PlatformHttp.json(refresh(session.refreshToken()).body()).get("refresh_token").asText();
        PlatformHttp client = http().withToken(session.accessToken());
        String apiToken = createToken(client).get("secret").asText();
        assertEquals(200, http().withAuthorization(basic(user.username(), apiToken)).get("/api/v1/users/me")
            .statusCode());
        assertEquals(200, revoke(apiToken).statusCode());
        assertEquals(401, me(apiToken).statusCode());
        String newPassword = "New-Password-" + Accounts.unique();
        assertEquals(204, client.post("/api/v1/users/me/password", "{\"current_password\": \"" + user.password()
            + "\", \"new_password\": \"" + newPassword + "\"}").statusCode());

        String logs = logs();
        for (String source : List.of("org.aiplatform", "org.apache.cxf")) {
            assertTrue("DEBUG logging of " + source + " is on, so the test would see a leak",
                Pattern.compile("\\| DEBUG \\|[^\n]*\\| \\d+ - " + Pattern.quote(source)).matcher(logs).find());
        }
        List<String> leaked = new ArrayList<>();
        for (String secret : List.of(user.password(), wrongPassword, newPassword, ADMIN_PASSWORD,
            session.accessToken(), Jwts.signature(session.accessToken()), session.refreshToken(), refreshed,
            apiToken)) {
            if (logs.contains(secret)) {
                leaked.add(secret);
            }
        }
        assertTrue("secrets in the logs: " + leaked, leaked.isEmpty());
    }

    private void assertRefused(String what, String token) {
        HttpResponse<String> response = me(token);
        assertEquals(what + ": " + response.body(), 401, response.statusCode());
        assertEquals(what, "UNAUTHENTICATED", PlatformHttp.json(response.body()).path("error_code").asText());
    }

    private static void assertSameError(HttpResponse<String> expected, HttpResponse<String> actual) {
        assertEquals(expected.statusCode(), actual.statusCode());
        JsonNode a = PlatformHttp.json(expected.body());
        JsonNode b = PlatformHttp.json(actual.body());
        assertEquals(a.get("error_code"), b.get("error_code"));
        assertEquals(a.get("message"), b.get("message"));
    }

    private HttpResponse<String> me(String token) {
        return http().withToken(token).get("/api/v1/users/me");
    }

    private HttpResponse<String> login(String username, String password) {
        return accounts.anonymous().post("/api/v1/auth/token", "{\"username\": \"" + username
            + "\", \"password\": \"" + password + "\"}");
    }

    private HttpResponse<String> refresh(String refreshToken) {
        return accounts.anonymous().post("/api/v1/auth/refresh", "{\"refresh_token\": \"" + refreshToken + "\"}");
    }

    private HttpResponse<String> revoke(String token) {
        return accounts.anonymous().post("/api/v1/auth/revoke", "{\"token\": \"" + token + "\"}");
    }

    private static JsonNode createToken(PlatformHttp client) {
        HttpResponse<String> created = client.post("/api/v1/tokens", "{\"name\": \"t" + Accounts.unique() + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode token = PlatformHttp.json(created.body());
        assertNotNull(created.body(), token.get("secret"));
        return token;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
    }

    private String column(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue("no row for " + id, rows.next());
                return rows.getString(1);
            }
        }
    }

    private Path keyFile() {
        return Paths.get(bundleContext.getProperty("karaf.data"), "aiplatform", "rbac", "jwt-keys.json");
    }

    /** @return every log file of the container, concatenated */
    private String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Paths.get(bundleContext.getProperty("karaf.data"), "log"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
