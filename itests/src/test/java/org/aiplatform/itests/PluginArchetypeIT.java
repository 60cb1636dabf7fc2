package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import javax.inject.Inject;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.StoppedBundles;
import org.aiplatform.sdk.testkit.TestRealm;
import org.aiplatform.sdk.testkit.Waiting;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plugin that the archetype's integration test generated, built and installed into the local repository goes
 * into the running platform from its features repository, answers on REST and in the console, shows in the OpenAPI
 * document, and leaves without a restart: endpoint, command and bundles gone, no platform bundle stopped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginArchetypeIT extends PlatformTestSupport {
    /** Failsafe property: the archetype.properties the archetype's integration test generated the plugin from. */
    private static final String SAMPLE = "aiplatform.sample.plugin";
    /** Container properties, read from that file by the driver: the plugin's artifactId and pluginId. */
    private static final String ARTIFACT_ID = "aiplatform.sample.artifactId";
    private static final String PLUGIN_ID = "aiplatform.sample.pluginId";
    /** Container property: the plugin's features repository (the archetype names that module {@code .feature}). */
    private static final String FEATURES = "aiplatform.sample.features";
    /** A user without the plugin's permission. */
    private static final String VIEWER_TOKEN = "viewer-token";
    private static final EnumSet<FeaturesService.Option> NO_REFRESH =
        EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final Duration WITHIN = Duration.ofMinutes(1);

    @Inject
    @Filter(timeout = 120_000)
    FeaturesService features;

    @Override
    @Configuration
    public Option[] config() {
        Properties sample = sample();
        String artifactId = sample.getProperty("artifactId");
        return platform(
            systemProperty(ARTIFACT_ID).value(artifactId),
            systemProperty(PLUGIN_ID).value(sample.getProperty("pluginId")),
            systemProperty(FEATURES).value("mvn:" + sample.getProperty("groupId") + "/" + artifactId + ".feature/"
                + sample.getProperty("version") + "/xml/features"),
            editConfigurationFilePut("etc/" + TestRealm.PID + ".cfg", TestRealm.key(VIEWER_TOKEN),
                "viewer projects:read"));
    }

    @Test
    public void generatedPluginInstallsServesAndUninstallsWithoutRestart() throws Exception {
        awaitReady();
        String id = System.getProperty(PLUGIN_ID);
        String feature = "aiplatform-plugin-" + id;
        String greeting = "/api/v1/" + id + "/greeting";
        String command = "aip:" + id + "-greet Grace";
        URI repository = URI.create(System.getProperty(FEATURES));
        List<String> pluginBundles = List.of(System.getProperty(ARTIFACT_ID) + ".api",
            System.getProperty(ARTIFACT_ID) + ".impl");

        List<String> stopped;
        StoppedBundles recorder = StoppedBundles.record(bundleContext);
        try {
            features.addRepository(repository);
            features.installFeature(feature, NO_REFRESH);
            assertTrue(features.isInstalled(features.getFeature(feature)));
            for (String name : pluginBundles) {
                assertEquals(name, List.of(Bundle.ACTIVE), states(name));
            }

            HttpResponse<String> ok = http().awaitStatus(greeting + "?name=Ada", 200, WITHIN);
            assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode body = PlatformHttp.json(ok.body());
            assertEquals("Ada", body.get("name").asText());
            assertEquals("Hello, Ada!", body.get("message").asText());
            assertEquals(401, http().withAuthorization(null).get(greeting).statusCode());
            HttpResponse<String> denied = http().withToken(VIEWER_TOKEN).get(greeting);
            assertEquals(denied.body(), 403, denied.statusCode());
            assertEquals("PERMISSION_DENIED", PlatformHttp.json(denied.body()).get("error_code").asText());

            Waiting.untilPasses(WITHIN, () -> assertTrue(executeCommand(command).contains("Hello, Grace!")));
            Waiting.untilPasses(WITHIN, () -> assertTrue(openApiPaths().has("/" + id + "/greeting")));

            features.uninstallFeature(feature, NO_REFRESH);
            assertFalse(features.isInstalled(features.getFeature(feature)));
            http().awaitStatus(greeting, 404, WITHIN);
            Waiting.untilPasses(WITHIN, () -> {
                AssertionError gone = assertThrows(AssertionError.class, () -> executeCommand(command));
                assertTrue(gone.getMessage(), gone.getMessage().contains("Command not found"));
            });
            assertFalse(openApiPaths().has("/" + id + "/greeting"));
            for (String name : pluginBundles) {
                assertEquals(name + " is uninstalled", List.of(), states(name));
            }
            stopped = recorder.names();
        } finally {
            recorder.close();
            features.removeRepository(repository);
        }
        assertEquals("the plugin's bundles stopped, and nothing else", Set.copyOf(pluginBundles), Set.copyOf(stopped));
        assertEquals(pluginBundles.size(), stopped.size());
        assertEquals(List.of(Bundle.ACTIVE), states("org.aiplatform.kernel.impl"));
        awaitReady();
    }

    private JsonNode openApiPaths() {
        return PlatformHttp.json(http().withAuthorization(null).get("/api/v1/openapi.json").body()).get("paths");
    }

    /** @return the states of the installed bundles with this symbolic name (none once uninstalled) */
    private List<Integer> states(String symbolicName) {
        List<Integer> states = new ArrayList<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                states.add(b.getState());
            }
        }
        return states;
    }

    /** Runs on the test driver. */
    private static Properties sample() {
        String file = System.getProperty(SAMPLE);
        if (file == null) {
            throw new IllegalStateException("system property " + SAMPLE + " is not set (itests/pom.xml sets it)");
        }
        Properties sample = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            sample.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sample;
    }
}
