package org.aiplatform.sdk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small client of the platform's REST API for tests: JSON in and out, a bearer token (or none), and waiting
 * for an endpoint while the JAX-RS whiteboard publishes it.
 *
 * @since 1.0.0
 */
public final class PlatformHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorization;

    /**
     * @param base the server, e.g. {@code http://localhost:8181}
     * @param authorization the {@code Authorization} header value, or null for none
     */
    public PlatformHttp(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /**
     * @param token a bearer token, or null
     * @return a client that sends this token instead
     */
    public PlatformHttp withToken(String token) {
        return new PlatformHttp(base, token == null ? null : "Bearer " + token);
    }

    /**
     * @param header a raw {@code Authorization} header value, or null for none
     * @return a client that sends it instead
     */
    public PlatformHttp withAuthorization(String header) {
        return new PlatformHttp(base, header);
    }

    /** @return the server address */
    public URI base() {
        return base;
    }

    /**
     * @param path the path, e.g. {@code /api/v1/projects}
     * @return the response
     */
    public HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    /**
     * @param path the path
     * @param json the body, sent as application/json
     * @return the response
     */
    public HttpResponse<String> post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * @param path the path
     * @param json the body, sent as application/json
     * @return the response
     */
    public HttpResponse<String> patch(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * @param path the path
     * @return the response
     */
    public HttpResponse<String> delete(String path) {
        return send(builder(path).DELETE());
    }

    /**
     * @param request a request built by the caller (any method, headers and body) against {@link #base()}
     * @return the response
     */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param path a path relative to the server
     * @return a request builder for it, to add headers before {@link #send(HttpRequest.Builder)}
     */
    public HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    /**
     * Polls until the endpoint answers with the status (the whiteboard publishes resources asynchronously).
     *
     * @param path the path
     * @param status the expected status
     * @param within how long to wait
     * @return the first response with that status
     * @throws AssertionError with the last answer when the time runs out
     */
    public HttpResponse<String> awaitStatus(String path, int status, Duration within) {
        Instant deadline = Instant.now().plus(within);
        String last = "no answer";
        while (true) {
            try {
                HttpResponse<String> response = get(path);
                if (response.statusCode() == status) {
                    return response;
                }
                last = response.statusCode() + " " + response.body();
            } catch (UncheckedIOException e) {
                last = e.getCause().toString();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("GET " + path + " never answered " + status + "; last: " + last);
            }
            Waiting.pause();
        }
    }

    /**
     * @param body a JSON text
     * @return its tree
     */
    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
