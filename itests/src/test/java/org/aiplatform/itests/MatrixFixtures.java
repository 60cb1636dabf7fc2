package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aiplatform.itests.Accounts.Account;
import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fills the {@code {placeholders}} of one matrix call with things made for that call only (a project, a user, a
 * group, a role, a token), so that no call depends on another: deleting twice or renaming never collides.
 */
final class MatrixFixtures {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final PlatformHttp admin;
    private final Accounts accounts;
    private final Account member;

    /**
     * @param admin the testkit's administrator, who makes the fixtures
     * @param accounts makes accounts
     * @param member the account that is a developer member of every project made here
     */
    MatrixFixtures(PlatformHttp admin, Accounts accounts, Account member) {
        this.admin = admin;
        this.accounts = accounts;
        this.member = member;
    }

    /** The values of one call. */
    final class Call {
        private final String area;
        private final Account caller;
        private final Map<String, String> values = new HashMap<>();

        /**
         * @param endpoint the endpoint called
         * @param caller the calling account (for anonymous calls: an account whose credentials a public body uses)
         */
        Call(Endpoint endpoint, Account caller) {
            this.area = endpoint.path().split("/")[1];
            this.caller = caller;
        }

        /** @return the text with every placeholder replaced; a placeholder keeps its value within the call */
        String fill(String template) {
            if (template == null) {
                return null;
            }
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = values.get(name);
                if (value == null) {
                    value = make(name);
                    values.put(name, value);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            return m.appendTail(out).toString();
        }

        private String make(String name) {
            return switch (name) {
                case "id" -> idIn(area);
                case "name" -> id(admin.post("/api/v1/roles", "{\"name\": \"r" + Accounts.unique()
                    + "\", \"permissions\": []}"), "/name");
                case "type" -> "user";
                case "subject_id" -> memberOfProject(fill("{id}"));
                case "user_id" -> memberOfGroup(fill("{id}"));
                case "user" -> accounts.create("viewer").id();
                case "unique" -> Accounts.unique();
                case "username" -> caller.username();
                case "password" -> caller.password();
                case "new_password" -> "New-Password-" + Accounts.unique();
                case "refresh_token" -> accounts.login(caller).refreshToken();
                case "key" -> "loss";
                case "path" -> artifact(fill("{id}"));
                case "version" -> id(admin.post("/api/v1/models/" + fill("{id}") + "/versions",
                    "{\"source\": \"s3://bucket/model\"}"), "/version");
                case "alias" -> alias(fill("{id}"), fill("{version}"));
                case "experiment" -> experiment();
                case "run" -> idIn("runs");
                case "index" -> "0";
                default -> throw new AssertionError("unknown placeholder {" + name + "}");
            };
        }

        private String idIn(String area) {
            return switch (area) {
                case "projects" -> project();
                case "experiments" -> experiment();
                case "gpu" -> gpuAlert();
                case "runs" -> id(admin.post("/api/v1/experiments/" + experiment() + "/runs", "{}"), "/id");
                case "users" -> accounts.create("viewer").id();
                case "groups" -> id(admin.post("/api/v1/groups", "{\"name\": \"g" + Accounts.unique() + "\"}"), "/id");
                case "models" -> id(admin.post("/api/v1/projects/" + project() + "/models", "{\"name\": \"m-"
                    + Accounts.unique() + "\"}"), "/id");
                case "tokens" -> id(accounts.as(caller).post("/api/v1/tokens", "{\"name\": \"t" + Accounts.unique()
                    + "\"}"), "/token/id");
                default -> throw new AssertionError("no {id} fixture for /" + area);
            };
        }

        /** An alert of the fake GPUs (FakeGpus' rule fires at the first sample); acknowledging or resolving one
         * twice still answers 200. */
        private String gpuAlert() {
            return Waiting.forValue(Duration.ofSeconds(60), () -> {
                JsonNode alerts = PlatformHttp.json(admin.get("/api/v1/gpu/alerts").body());
                return alerts.size() > 0 ? alerts.get(0).get("id").asText() : null;
            });
        }

        /** @return the path of a file uploaded to the run */
        private String artifact(String runId) {
            String path = "out/" + Accounts.unique() + ".json";
            HttpResponse<String> put = admin.send(admin.builder("/api/v1/runs/" + runId + "/artifacts/" + path)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(put.body(), 200, put.statusCode());
            return path;
        }

        private String project() {
            String id = id(admin.post("/api/v1/projects", "{\"name\": \"m-" + Accounts.unique() + "\"}"), "/id");
            grant(id, member.id(), "developer");
            return id;
        }

        /** @return an experiment in a new project of which the member is a developer */
        private String experiment() {
            return id(admin.post("/api/v1/projects/" + project() + "/experiments", "{\"name\": \"e-"
                + Accounts.unique() + "\"}"), "/id");
        }

        /** @return an alias of the model, naming the version */
        private String alias(String modelId, String version) {
            HttpResponse<String> set = admin.send(admin.builder("/api/v1/models/" + modelId + "/aliases/champion")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"version\": " + version + "}")));
            assertEquals(set.body(), 200, set.statusCode());
            return "champion";
        }

        private String memberOfProject(String projectId) {
            String user = accounts.create("viewer").id();
            grant(projectId, user, "viewer");
            return user;
        }

        private String memberOfGroup(String groupId) {
            String user = accounts.create("viewer").id();
            HttpResponse<String> added = admin.send(admin.builder("/api/v1/groups/" + groupId + "/members/" + user)
                .PUT(HttpRequest.BodyPublishers.noBody()));
            assertEquals(added.body(), 204, added.statusCode());
            return user;
        }

        private void grant(String projectId, String userId, String role) {
            HttpResponse<String> granted = admin.post("/api/v1/projects/" + projectId + "/members",
                "{\"type\": \"user\", \"id\": \"" + userId + "\", \"role\": \"" + role + "\"}");
            assertEquals(granted.body(), 201, granted.statusCode());
        }
    }

    /** @return the value at the JSON pointer in a 2xx JSON answer */
    private static String id(HttpResponse<String> made, String pointer) {
        assertEquals(made.body(), 2, made.statusCode() / 100);
        String value = PlatformHttp.json(made.body()).at(pointer).asText();
        assertTrue(made.body(), !value.isEmpty());
        return value;
    }
}
