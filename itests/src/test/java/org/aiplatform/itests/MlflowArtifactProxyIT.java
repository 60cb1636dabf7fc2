package org.aiplatform.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

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
 * MLflow's artifact proxy over raw HTTP, called exactly as MLflow's Python client (HttpArtifactRepository) calls it
 * for a run's {@code mlflow-artifacts:/<experiment>/<run>/artifacts}: the Java client 2.17.2 shells out to Python
 * for artifacts, so no Java client test can cover this.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MlflowArtifactProxyIT extends PlatformTestSupport {
    private static final String PROXY = "/api/2.0/mlflow-artifacts/artifacts";

    private final HttpClient client = HttpClient.newHttpClient();
    private String project;
    private String experiment;
    private String runId;

    @Before
    public void run() {
        awaitReady();
        project = PlatformHttp.json(http().post("/api/v1/projects",
            "{\"name\": \"mp-" + UUID.randomUUID().toString().substring(0, 8) + "\"}").body()).get("id").asText();
        experiment = PlatformHttp.json(http().post("/api/v1/projects/" + project + "/experiments",
            "{\"name\": \"proxy\"}").body()).get("id").asText();
        runId = PlatformHttp.json(http().post("/api/v1/experiments/" + experiment + "/runs", "{}").body())
            .get("id").asText();
    }

    @Test
    public void uploadListDownloadAndDeleteAsThePythonClientDoes() throws Exception {
        String root = experiment + "/" + runId + "/artifacts";
        byte[] model = new byte[3 * 1024 * 1024 + 11];
        new Random(3).nextBytes(model);
        // log_artifact(local, "model"): PUT <artifact_uri>/model/<file name>, Content-Type guessed from the name
        assertEquals("{}", ok(send("PUT", PROXY + "/" + root + "/model/model.pkl", "application/octet-stream",
            model)).body());
        assertEquals("{}", ok(send("PUT", PROXY + "/" + root + "/metrics.json", "application/json",
            "{\"acc\": 0.9}".getBytes(StandardCharsets.UTF_8))).body());

        // list_artifacts(): GET /mlflow-artifacts/artifacts?path=<root>[/<dir>], names relative to the directory
        JsonNode top = PlatformHttp.json(ok(http().get(PROXY + "?path=" + encode(root))).body());
        assertEquals("{\"files\":[{\"path\":\"metrics.json\",\"is_dir\":false,\"file_size\":12},"
            + "{\"path\":\"model\",\"is_dir\":true}]}", top.toString());
        JsonNode dir = PlatformHttp.json(ok(http().get(PROXY + "?path=" + encode(root + "/model"))).body());
        assertEquals("model.pkl", dir.at("/files/0/path").asText());
        assertEquals(model.length, dir.at("/files/0/file_size").asLong());
        assertEquals("{}", ok(http().get(PROXY + "?path=" + encode(root + "/none"))).body());

        // the tracking service's artifacts/list: paths relative to the run's root, and the root URI
        JsonNode listed = PlatformHttp.json(ok(http().get("/api/2.0/mlflow/artifacts/list?run_id=" + runId
            + "&path=model")).body());
        assertEquals("mlflow-artifacts:/" + root, listed.get("root_uri").asText());
        assertEquals("model/model.pkl", listed.at("/files/0/path").asText());

        // download_artifacts(): GET <artifact_uri>/<path>, streamed
        HttpResponse<byte[]> got = client.send(request("GET", PROXY + "/" + root + "/model/model.pkl", null, null),
            HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertEquals(sha256(model), sha256(got.body()));
        assertEquals(String.valueOf(model.length), got.headers().firstValue("Content-Length").orElse(""));

        assertEquals("{}", ok(send("DELETE", PROXY + "/" + root + "/model", null, null)).body());
        assertEquals(404, http().get(PROXY + "/" + root + "/model/model.pkl").statusCode());
        JsonNode left = PlatformHttp.json(ok(http().get(PROXY + "?path=" + encode(root))).body());
        assertEquals("metrics.json", left.at("/files/0/path").asText());
        assertEquals(1, left.get("files").size());
    }

    @Test
    public void theDefaultExperimentsWireIdZeroWorksInTheProxyPath() throws Exception {
        JsonNode created = PlatformHttp.json(ok(send("POST", "/api/2.0/mlflow/runs/create", "application/json",
            "{\"experiment_id\": \"0\", \"start_time\": \"1\"}".getBytes(StandardCharsets.UTF_8))).body());
        String uri = created.at("/run/info/artifact_uri").asText();
        String id = created.at("/run/info/run_id").asText();
        assertEquals("mlflow-artifacts:/0/" + id + "/artifacts", uri);
        byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
        ok(send("PUT", PROXY + "/0/" + id + "/artifacts/notes/readme.txt", "text/plain", text));
        HttpResponse<byte[]> got = client.send(request("GET", PROXY + "/0/" + id + "/artifacts/notes/readme.txt",
            null, null), HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(text, got.body());
        assertEquals("text/plain", got.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    public void badPathsAndStrangersGetMlflowErrors() throws Exception {
        String root = experiment + "/" + runId + "/artifacts";
        assertError(400, "INVALID_PARAMETER_VALUE", send("PUT", PROXY + "/" + root + "/a%5Cb", "text/plain",
            new byte[] {1}));
        assertError(400, "INVALID_PARAMETER_VALUE", http().get(PROXY + "?path=" + encode("not-a-run-path")));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", http().get(PROXY + "?path="
            + encode("999999/" + runId + "/artifacts")));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", http().get(PROXY + "/" + experiment + "/" + "0".repeat(32)
            + "/artifacts/x"));

        // a custom global role that grants nothing, and no membership in the run's project
        String role = "proxy-guest-" + Accounts.unique();
        assertEquals(201, http().post("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": []}")
            .statusCode());
        Accounts accounts = new Accounts(http());
        Accounts.Account stranger = accounts.create(role);
        PlatformHttp as = http().withToken(accounts.login(stranger).accessToken());
        assertError(403, "PERMISSION_DENIED", as.get(PROXY + "?path=" + encode(root)));
        assertError(403, "PERMISSION_DENIED", as.get("/api/2.0/mlflow/artifacts/list?run_id=" + runId));
        assertError(403, "PERMISSION_DENIED", as.send(as.builder(PROXY + "/" + root + "/x.txt")
            .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("x"))));
        assertEquals("{}", ok(http().get(PROXY + "?path=" + encode(root))).body());
    }

    private HttpResponse<String> send(String method, String path, String type, byte[] body) throws Exception {
        return client.send(request(method, path, type, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String type, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http().base().resolve(path))
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .header("X-AIP-Project", project);
        if (type != null) {
            b.header("Content-Type", type);
        }
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return response;
    }

    private static void assertError(int status, String code, HttpResponse<String> response) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(response.body(), code, PlatformHttp.json(response.body()).get("error_code").asText());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
