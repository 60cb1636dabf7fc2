package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.wrappedBundle;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Base of tests that drive the platform with the real, unmodified MLflow Java client
 * ({@code org.mlflow:mlflow-client:2.17.2} from Maven Central). The tests run inside the booted distribution (Pax
 * Exam), so the client jar is installed there as a bundle wrapped on the fly; it talks to the platform over real
 * HTTP like any remote client. Subclasses add {@code @RunWith(PaxExam.class)} and
 * {@code @ExamReactorStrategy(PerClass.class)}.
 */
public abstract class MlflowClientSupport extends PlatformTestSupport {
    /** The MLflow API under the tracking URI. */
    protected static final String API = "/api/2.0/mlflow/";

    @Override
    @Configuration
    public Option[] config() {
        return platform(mlflowClientBundle());
    }

    /** @return the MLflow client jar as a bundle: it exports its packages and imports what it finds, optionally */
    protected static Option mlflowClientBundle() {
        return wrappedBundle(maven("org.mlflow", "mlflow-client").versionAsInProject())
            .bundleSymbolicName("org.mlflow.mlflow-client")
            .exports("org.mlflow.*;-noimport:=true", "org.mlflow_project.*;-noimport:=true",
                "com.databricks.*;-noimport:=true")
            .imports("*;resolution:=optional");
    }

    /** @return the tracking URI of the platform under test */
    protected String trackingUri() {
        return http().base().toString();
    }

    /** @return a client authenticated with the testkit administrator's token (Bearer) */
    protected MlflowClient client() {
        return new MlflowClient(new BasicMlflowHostCreds(trackingUri(), ADMIN_TOKEN));
    }

    /** @return a client that sends HTTP Basic credentials, as MLflow's auth plugin users do */
    protected MlflowClient client(String username, String password) {
        return new MlflowClient(new BasicMlflowHostCreds(trackingUri(), username, password));
    }

    /** @return a client that sends no credentials */
    protected MlflowClient anonymousClient() {
        return new MlflowClient(trackingUri());
    }

    /** @return raw HTTP as the administrator, for what the client cannot send */
    protected PlatformHttp raw() {
        return http();
    }

    /**
     * @param endpoint e.g. {@code runs/log-batch}
     * @param json the body, sent as application/json
     * @return the response
     */
    protected HttpResponse<String> post(String endpoint, String json) {
        return raw().post(API + endpoint, json);
    }

    /** @return the response of a POST with the given Content-Type (null for none) */
    protected HttpResponse<String> post(String endpoint, String json, String contentType) {
        HttpRequest.Builder request = raw().builder(API + endpoint).POST(HttpRequest.BodyPublishers.ofString(json));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return raw().send(request);
    }

    /** @return the response of {@code GET /api/2.0/mlflow/<endpoint and query>} */
    protected HttpResponse<String> get(String endpointAndQuery) {
        return raw().get(API + endpointAndQuery);
    }

    /** @return the body of a 200 answer */
    protected static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return PlatformHttp.json(response.body());
    }

    /** Asserts MLflow's error: the status and {@code error_code} of the JSON body. */
    protected static void assertError(int status, String errorCode, HttpResponse<String> response) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(response.body(), errorCode, PlatformHttp.json(response.body()).get("error_code").asText());
    }

    /** Asserts MLflow's error as the client reports it. */
    protected static void assertError(int status, String errorCode, MlflowHttpException e) {
        assertEquals(e.getBodyMessage(), status, e.getStatusCode());
        assertEquals(e.getBodyMessage(), errorCode, PlatformHttp.json(e.getBodyMessage()).get("error_code").asText());
    }
}
