package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.StoppedBundles;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * Bundles are swapped while the container runs: the kernel's endpoints go away and come back with their data, no
 * other bundle stops, and authentication fails closed while its provider is gone; tokens outlive an rbac restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotSwapIT extends PlatformTestSupport {
    private static final Duration BACK_WITHIN = Duration.ofMinutes(1);

    @Test
    public void kernelUpdateTakesEndpointsAwayAndBack() throws Exception {
        awaitReady();
        String id = PlatformHttp.json(http().post("/api/v1/projects",
            "{\"name\": \"swap-" + UUID.randomUUID().toString().substring(0, 8) + "\"}").body()).get("id").asText();
        Bundle kernel = bundle("org.aiplatform.kernel.impl");
        List<String> stopped;
        try (StoppedBundles recorder = StoppedBundles.record(bundleContext)) {
            kernel.stop();
            assertEquals("the API is gone with its bundle", 404, http().get("/api/v1/projects/" + id).statusCode());
            kernel.start();
            http().awaitStatus("/api/v1/projects/" + id, 200, BACK_WITHIN);

            long revisionBefore = kernel.getLastModified();
            kernel.update();
            assertTrue("a new revision is installed", kernel.getLastModified() >= revisionBefore);
            http().awaitStatus("/api/v1/projects/" + id, 200, BACK_WITHIN);
            awaitReady();
            stopped = recorder.names();
        }
        assertEquals("only the kernel bundle stopped", List.of("org.aiplatform.kernel.impl",
            "org.aiplatform.kernel.impl"), stopped);
        assertEquals(Bundle.ACTIVE, bundle("org.aiplatform.kernel.api").getState());
    }

    @Test
    public void authenticationFailsClosedWhileItsProviderIsStopped() throws Exception {
        awaitReady();
        Bundle testRealm = bundle("org.aiplatform.sdk.testkit");
        Bundle rbac = bundle("org.aiplatform.rbac.impl");
        testRealm.stop();
        assertEquals("the other realm does not know the token", 401, http().get("/api/v1/projects").statusCode());
        rbac.stop();
        try {
            var response = http().get("/api/v1/projects");
            assertEquals(response.body(), 503, response.statusCode());
            assertEquals("TEMPORARILY_UNAVAILABLE", PlatformHttp.json(response.body()).get("error_code").asText());
            assertEquals(401, http().withAuthorization(null).get("/api/v1/projects").statusCode());
            assertEquals("health stays public", 200, http().withAuthorization(null).get("/api/v1/health/live")
                .statusCode());
        } finally {
            rbac.start();
            testRealm.start();
        }
        http().awaitStatus("/api/v1/projects", 200, BACK_WITHIN);
    }

    @Test
    public void rbacRestartFailsClosedAndKeepsIssuedTokens() throws Exception {
        awaitReady();
        Accounts accounts = new Accounts(http());
        Accounts.Account user = accounts.create("viewer");
        String jwt = accounts.login(user).accessToken();
        var token = http().withToken(jwt).post("/api/v1/tokens", "{\"name\": \"swap\"}");
        assertEquals(token.body(), 201, token.statusCode());
        String pat = PlatformHttp.json(token.body()).get("secret").asText();
        Bundle rbac = bundle("org.aiplatform.rbac.impl");
        rbac.stop();
        try {
            for (String credential : new String[] {jwt, pat, null}) {
                var response = http().withToken(credential).get("/api/v1/projects");
                assertTrue(response.statusCode() + " " + response.body(),
                    response.statusCode() == 401 || response.statusCode() == 503);
                assertTrue(response.body(), PlatformHttp.json(response.body()).has("error_code"));
            }
            assertEquals("health stays public", 200, http().withAuthorization(null).get("/api/v1/health/live")
                .statusCode());
        } finally {
            rbac.start();
        }
        // the signing keys live in ${karaf.data} and API tokens in the database: both outlive the bundle
        http().withToken(jwt).awaitStatus("/api/v1/users/me", 200, BACK_WITHIN);
        assertEquals(200, http().withToken(pat).get("/api/v1/users/me").statusCode());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
