package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aiplatform.itests.Accounts.Account;
import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document, called by each built-in role, by a member and a non-member of the
 * project, and without credentials: the allowed get a 2xx, the others 403 JSON, the anonymous 401 JSON
 * ({@link RbacEndpoints} is the table).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RbacPermissionMatrixIT extends PlatformTestSupport {
    private static final String RBAC_CFG = "etc/org.aiplatform.rbac.cfg";

    private Accounts accounts;
    private final Map<Who, Account> callers = new EnumMap<>(Who.class);
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);

    @Override
    @Configuration
    public Option[] config() {
        return platform(Stream.concat(Stream.of(
            editConfigurationFilePut(RBAC_CFG, "signup.policy", "open"), // so that /users/register can succeed
            editConfigurationFilePut(RBAC_CFG, "login.attempts.per.minute", "100000")), // every call logs in
            Stream.of(FakeGpus.options())).toArray(Option[]::new)); // GPUs that sample and alert
    }

    @Before
    public void callers() {
        awaitReady();
        accounts = new Accounts(http());
        HttpResponse<String> guest = http().post("/api/v1/roles", "{\"name\": \"" + Who.GUEST_ROLE
            + "\", \"description\": \"nothing\", \"permissions\": []}");
        assertTrue(guest.body(), guest.statusCode() == 201 || guest.statusCode() == 409);
        for (Who who : Who.values()) {
            // the anonymous caller's account only lends its credentials to public bodies (login, refresh)
            Account account = accounts.create(who.role() == null ? "viewer" : who.role());
            callers.put(who, account);
            tokens.put(who, accounts.login(account).accessToken());
        }
    }

    @Test
    public void tableListsEveryOperationOfTheOpenApiDocument() {
        JsonNode paths = PlatformHttp.json(http().withAuthorization(null).get("/api/v1/openapi.json").body())
            .get("paths");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }
        Set<String> listed = RbacEndpoints.ALL.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals("the matrix lists exactly the documented operations", documented, listed);
    }

    @Test
    public void everyCallerGetsWhatItsRoleAllows() {
        MatrixFixtures fixtures = new MatrixFixtures(http(), accounts, callers.get(Who.MEMBER));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : RbacEndpoints.ALL) {
            for (Who who : Who.values()) {
                Account account = endpoint.consumesCaller() && who != Who.ANONYMOUS
                    ? accounts.create(who.role()) : callers.get(who);
                String token = who == Who.ANONYMOUS ? null
                    : endpoint.consumesCaller() ? accounts.login(account).accessToken() : tokens.get(who);
                MatrixFixtures.Call call = fixtures.new Call(endpoint, account);
                HttpResponse<String> response = send(http().withToken(token), endpoint, call);
                String problem = problem(endpoint, who, response);
                if (problem != null) {
                    wrong.add(endpoint + " as " + who + ": " + problem);
                }
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
    }

    private static HttpResponse<String> send(PlatformHttp client, Endpoint endpoint, MatrixFixtures.Call call) {
        String path = "/api/v1" + call.fill(endpoint.path()) + (endpoint.query() == null ? "" : "?" + endpoint.query());
        String body = call.fill(endpoint.body());
        HttpRequest.Builder request = client.builder(path);
        if (body == null) {
            request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        return client.send(request);
    }

    /** @return what is wrong with the answer, or null when it is the one expected */
    private static String problem(Endpoint endpoint, Who who, HttpResponse<String> response) {
        int status = response.statusCode();
        if (endpoint.allowed().contains(who)) {
            return status / 100 == 2 ? null : "expected 2xx, got " + status + " " + response.body();
        }
        int expected = who == Who.ANONYMOUS ? 401 : 403;
        String code = who == Who.ANONYMOUS ? "UNAUTHENTICATED" : "PERMISSION_DENIED";
        if (status != expected || !response.body().startsWith("{")
            || !code.equals(PlatformHttp.json(response.body()).path("error_code").asText())) {
            return "expected " + expected + " " + code + ", got " + status + " " + response.body();
        }
        return null;
    }
}
