package org.aiplatform.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.Waiting;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Run artifacts over the native API: streamed up and down byte-exact, listed as a tree, path tricks refused. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ArtifactsRestIT extends PlatformTestSupport {
    private final HttpClient client = HttpClient.newHttpClient();
    private String runId;

    @Before
    public void run() {
        awaitReady();
        String project = PlatformHttp.json(http().post("/api/v1/projects",
            "{\"name\": \"a-" + UUID.randomUUID().toString().substring(0, 8) + "\"}").body()).get("id").asText();
        String experiment = PlatformHttp.json(http().post("/api/v1/projects/" + project + "/experiments",
            "{\"name\": \"files\"}").body()).get("id").asText();
        runId = PlatformHttp.json(http().post("/api/v1/experiments/" + experiment + "/runs", "{}").body())
            .get("id").asText();
    }

    @Test
    public void aMultiMegabyteFileComesBackByteExact() throws Exception {
        byte[] data = new byte[6 * 1024 * 1024 + 3];
        new Random(7).nextBytes(data);
        HttpResponse<String> put = upload("model/weights.bin", "application/octet-stream", data);
        assertEquals(put.body(), 200, put.statusCode());
        JsonNode stored = PlatformHttp.json(put.body());
        assertEquals(sha256(data), stored.get("sha256").asText());
        assertEquals(data.length, stored.get("size").asLong());

        HttpResponse<byte[]> got = download("model/weights.bin");
        assertEquals(200, got.statusCode());
        assertEquals(String.valueOf(data.length), got.headers().firstValue("Content-Length").orElse(""));
        assertEquals("application/octet-stream", got.headers().firstValue("Content-Type").orElse(""));
        assertEquals(sha256(data), sha256(got.body()));
    }

    @Test
    public void aJsonFileOverTheJsonBodyLimitIsAnArtifactLikeAnyOther() throws Exception {
        // the kernel refuses JSON request bodies over 1 MB; a .json artifact streams past that limit
        byte[] json = ("{\"values\": [" + "1,".repeat(1_000_000) + "1]}").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> put = upload("eval/metrics.json", "application/json", json);
        assertEquals(put.body(), 200, put.statusCode());
        HttpResponse<byte[]> got = download("eval/metrics.json");
        assertEquals("application/json", got.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(json, got.body());
    }

    @Test
    public void listingsShowTheTree() throws Exception {
        for (String path : List.of("a.txt", "plots/loss.png", "plots/2024/acc.png")) {
            assertEquals(200, upload(path, "application/octet-stream", path.getBytes(StandardCharsets.UTF_8))
                .statusCode());
        }
        assertEquals(List.of("a.txt", "plots/"), listing("", false));
        assertEquals(List.of("plots/2024/", "plots/2024/acc.png", "plots/loss.png"), listing("plots", true));
        JsonNode file = PlatformHttp.json(http().get("/api/v1/runs/" + runId + "/artifacts?path=plots").body())
            .at("/files/1");
        assertEquals("plots/loss.png", file.get("path").asText());
        assertEquals(14, file.get("size").asLong());

        HttpResponse<String> deleted = http().delete("/api/v1/runs/" + runId + "/artifacts/plots");
        assertEquals(deleted.body(), 204, deleted.statusCode());
        assertEquals(List.of("a.txt"), listing("", true));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", http().get("/api/v1/runs/" + runId + "/artifacts/plots/loss.png"));
    }

    @Test
    public void pathTricksAreRefusedWithAJsonError() throws Exception {
        for (String trick : List.of("a%5Cb.txt", "a//b.txt", "%2E%2E/x", "a/%2E/b")) {
            HttpResponse<String> refused = upload(trick, "application/octet-stream", new byte[] {1});
            assertEquals(trick + ": " + refused.body(), 400, refused.statusCode());
        }
        assertError(400, "INVALID_PARAMETER_VALUE",
            upload("a%5Cb.txt", "application/octet-stream", new byte[] {1}));
        assertError(400, "INVALID_PARAMETER_VALUE",
            http().get("/api/v1/runs/" + runId + "/artifacts?path=..%2Fother&recursive=true"));
        assertEquals(List.of(), listing("", true));
    }

    @Test
    public void anUploadCutOffMidwayLeavesNoArtifactAndNoBlob() throws Exception {
        Path blobs = Paths.get(System.getProperty("karaf.data"), "blobs");
        List<Path> before = files(blobs.resolve("sha256"));
        URI base = http().base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/runs/" + runId + "/artifacts/cut.bin HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nAuthorization: Bearer " + ADMIN_TOKEN + "\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: 50000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 32; i++) {
                out.write(chunk);
            }
            out.flush();
            // the server is streaming into a temporary file when the client goes away
            Waiting.untilPasses(Duration.ofSeconds(30),
                () -> assertFalse("upload in progress", files(blobs.resolve("tmp")).isEmpty()));
        }
        Waiting.untilPasses(Duration.ofSeconds(30),
            () -> assertEquals("temporary removed", List.of(), files(blobs.resolve("tmp"))));
        assertEquals("no new blob", before, files(blobs.resolve("sha256")));
        assertEquals(List.of(), listing("", true));
    }

    private HttpResponse<String> upload(String path, String type, byte[] data) throws Exception {
        return client.send(HttpRequest.newBuilder(http().base().resolve("/api/v1/runs/" + runId + "/artifacts/" + path))
            .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", type)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(data)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(http().base().resolve("/api/v1/runs/" + runId + "/artifacts/" + path))
            .header("Authorization", "Bearer " + ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<String> listing(String dir, boolean recursive) {
        HttpResponse<String> listed = http().get("/api/v1/runs/" + runId + "/artifacts?path=" + dir + "&recursive="
            + recursive);
        assertEquals(listed.body(), 200, listed.statusCode());
        List<String> names = new ArrayList<>();
        PlatformHttp.json(listed.body()).get("files").forEach(f -> names.add(f.get("path").asText()
            + (f.get("is_dir").asBoolean() ? "/" : "")));
        return names;
    }

    private static void assertError(int status, String code, HttpResponse<String> response) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(code, PlatformHttp.json(response.body()).get("error_code").asText());
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
