package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.aiplatform.itests.Accounts.Account;
import org.aiplatform.itests.Accounts.Session;
import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Logins (success and failure), token issue and revocation, role and grant changes and administrators' actions
 * show in {@code GET /api/v1/audit}, read by a platform administrator, filtered by user, action and time.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RbacAuditIT extends PlatformTestSupport {
    private Accounts accounts;
    private Account admin;
    private PlatformHttp asAdmin;

    @Before
    public void administrator() {
        awaitReady();
        accounts = new Accounts(http());
        admin = accounts.create("admin");
        asAdmin = accounts.as(admin);
    }

    @Test
    public void loginsAndTokensOfAUser() {
        Account user = accounts.create("viewer");
        assertEquals(401, accounts.anonymous().post("/api/v1/auth/token", "{\"username\": \"" + user.username()
            + "\", \"password\": \"Wrong-Password-1\"}").statusCode());
        Session session = accounts.login(user);
        PlatformHttp asUser = http().withToken(session.accessToken());
        HttpResponse<String> token = asUser.post("/api/v1/tokens", "{\"name\": \"ci\"}");
        assertEquals(token.body(), 201, token.statusCode());
        assertEquals(204, asUser.delete("/api/v1/tokens/" + PlatformHttp.json(token.body()).at("/token/id").asText())
            .statusCode());
        assertEquals(200, accounts.anonymous().post("/api/v1/auth/revoke", "{\"token\": \""
            + session.refreshToken() + "\"}").statusCode());

        assertEquals("by user name, newest first",
            List.of("auth.revoke SUCCESS", "token.revoke SUCCESS", "token.create SUCCESS", "auth.login SUCCESS",
                "auth.login FAILURE"),
            actions(search("user=" + user.username())));
        assertEquals("by user id and action prefix", List.of("token.revoke SUCCESS", "token.create SUCCESS"),
            actions(search("user=" + user.id() + "&action=token.*")));
        for (JsonNode entry : search("user=" + user.username())) {
            assertEquals(user.id(), entry.get("actor").asText());
        }
    }

    @Test
    public void roleGrantAndAdministratorActions() {
        Account user = accounts.create("viewer");
        String role = "r" + Accounts.unique();
        assertEquals(201, asAdmin.post("/api/v1/roles", "{\"name\": \"" + role
            + "\", \"permissions\": [\"projects:read\"]}").statusCode());
        assertEquals(200, asAdmin.send(asAdmin.builder("/api/v1/roles/" + role).header("Content-Type",
            "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"permissions\": [\"projects:write\"]}"))).statusCode());
        assertEquals(200, asAdmin.patch("/api/v1/users/" + user.id(), "{\"role\": \"developer\"}").statusCode());
        String project = PlatformHttp.json(asAdmin.post("/api/v1/projects", "{\"name\": \"audit-" + Accounts.unique()
            + "\"}").body()).get("id").asText();
        assertEquals(201, asAdmin.post("/api/v1/projects/" + project + "/members", "{\"type\": \"user\", \"id\": \""
            + user.id() + "\", \"role\": \"" + role + "\"}").statusCode());
        assertEquals(204, asAdmin.delete("/api/v1/projects/" + project + "/members/user/" + user.id()).statusCode());
        assertEquals(200, asAdmin.patch("/api/v1/users/" + user.id(), "{\"status\": \"DISABLED\"}").statusCode());

        List<String> done = actions(search("user=" + admin.username() + "&max_results=20"));
        for (String action : List.of("role.create", "role.update", "user.update", "project.create", "member.grant",
            "member.revoke")) {
            assertTrue(action + " in " + done, done.contains(action + " SUCCESS"));
        }
        JsonNode grants = search("user=" + admin.username() + "&action=member.*");
        assertEquals(List.of("member.revoke SUCCESS", "member.grant SUCCESS"), actions(grants));
        for (JsonNode grant : grants) {
            assertEquals(project, grant.get("project_id").asText());
            assertEquals(user.id(), grant.get("target_id").asText());
        }
        JsonNode roleChange = search("action=user.update&target_id=" + user.id()).get(1);
        assertEquals("developer", roleChange.at("/details/role").asText(roleChange.toString()));
    }

    @Test
    public void timeFilterKeepsEntriesInTheRange() {
        Account first = accounts.create("viewer");
        Account second = accounts.create("viewer");
        JsonNode created = search("action=user.create&max_results=5");
        String firstAt = find(created, first.id()).get("at").asText();
        String secondAt = find(created, second.id()).get("at").asText();
        assertTrue(firstAt + " before " + secondAt, firstAt.compareTo(secondAt) < 0);

        List<String> fromSecond = targets(search("action=user.create&from=" + encode(secondAt)));
        assertTrue(fromSecond.contains(second.id()) && !fromSecond.contains(first.id()));
        List<String> toSecond = targets(search("action=user.create&from=" + encode(firstAt) + "&to="
            + encode(secondAt)));
        assertEquals("from is inclusive, to exclusive", List.of(first.id()), toSecond);
        HttpResponse<String> backwards = asAdmin.get("/api/v1/audit?from=" + encode(secondAt) + "&to="
            + encode(firstAt));
        assertEquals(backwards.body(), 400, backwards.statusCode());
        assertEquals("INVALID_PARAMETER_VALUE", PlatformHttp.json(backwards.body()).get("error_code").asText());
    }

    private JsonNode search(String query) {
        HttpResponse<String> response = asAdmin.get("/api/v1/audit?" + query);
        assertEquals(response.body(), 200, response.statusCode());
        return PlatformHttp.json(response.body()).get("items");
    }

    private static List<String> actions(JsonNode entries) {
        List<String> actions = new ArrayList<>();
        entries.forEach(e -> actions.add(e.get("action").asText() + " " + e.get("outcome").asText()));
        return actions;
    }

    private static List<String> targets(JsonNode entries) {
        List<String> targets = new ArrayList<>();
        entries.forEach(e -> targets.add(e.get("target_id").asText()));
        return targets;
    }

    private static JsonNode find(JsonNode entries, String targetId) {
        for (JsonNode entry : entries) {
            if (targetId.equals(entry.get("target_id").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + targetId + " in " + entries);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
