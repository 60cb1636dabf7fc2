package ${package}.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.Waiting;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Installs the plugin's feature into the running platform the way an operator does (feature:repo-add,
 * feature:install), then calls its REST resource and its console command, and uninstalls it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GreetingPluginIT extends PlatformTestSupport {
    /** System property (set by the pom): the plugin's features repository, mvn:.../xml/features. */
    private static final String FEATURES = "aiplatform.plugin.features";
    private static final String FEATURE = "aiplatform-plugin-${pluginId}";
    private static final String GREETING = "/api/v1/${pluginId}/greeting";
    private static final Duration WITHIN = Duration.ofMinutes(1);

    @Override
    @Configuration
    public Option[] config() {
        // runs on the test driver: hand the repository URL over to the container, where the tests run
        return platform(systemProperty(FEATURES).value(System.getProperty(FEATURES)));
    }

    @Test
    public void featureServesRestAndConsoleUntilUninstalled() {
        awaitReady();
        executeCommand("feature:repo-add " + System.getProperty(FEATURES));
        executeCommand("feature:install --no-auto-refresh " + FEATURE);

        HttpResponse<String> response = http().awaitStatus(GREETING + "?name=Ada", 200, WITHIN);
        JsonNode greeting = PlatformHttp.json(response.body());
        assertEquals("Hello, Ada!", greeting.get("message").asText());
        assertEquals("the caller is greeted when no name is given", ADMIN,
            PlatformHttp.json(http().get(GREETING).body()).get("name").asText());
        assertEquals("the kernel's filter guards the resource", 401,
            http().withAuthorization(null).get(GREETING).statusCode());
        assertEquals(400, http().get(GREETING + "?name=%20").statusCode());

        // the shell registers commands shortly after the bundle starts
        Waiting.untilPasses(WITHIN, () -> {
            String out = executeCommand("aip:${pluginId}-greet Grace");
            assertTrue(out, out.contains("Hello, Grace!"));
        });

        executeCommand("feature:uninstall --no-auto-refresh " + FEATURE);
        http().awaitStatus(GREETING, 404, WITHIN);
    }
}
