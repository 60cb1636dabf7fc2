package org.aiplatform.sdk.testkit;

import static org.ops4j.pax.exam.CoreOptions.environment;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.MavenUtils;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * Base of Pax Exam tests that boot the real AI Platform distribution (the {@code org.aiplatform:aiplatform-assembly}
 * tar.gz the test project depends on) on free ports, with the testkit's token realm granting {@link #ADMIN_TOKEN}
 * everything. Run with {@code -Daiplatform.test.db=postgresql} (plus {@code aip.pg.url}, {@code aip.pg.user},
 * {@code aip.pg.password}) to run the same tests on PostgreSQL.
 *
 * <pre>{@code
 * @RunWith(PaxExam.class) @ExamReactorStrategy(PerClass.class)
 * public class MyPluginIT extends PlatformTestSupport {
 *     @Override @Configuration public Option[] config() { return platform(features(myRepo, "my-plugin")); }
 *     @Test public void answers() { awaitReady(); assertEquals(200, http().get("/api/v1/hello").statusCode()); }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public abstract class PlatformTestSupport {
    /** The user the {@link #ADMIN_TOKEN} authenticates. */
    public static final String ADMIN = "admin";
    /** A token that holds every permission (the testkit's own realm, apart from the platform's accounts). */
    public static final String ADMIN_TOKEN = "testkit-admin-token";
    /** The password of the platform's own bootstrap account {@code admin} (set through AIP_ADMIN_PASSWORD). */
    public static final String ADMIN_PASSWORD = "testkit-admin-password";
    /** System property (driver and container): the HTTP port of the platform under test. */
    public static final String HTTP_PORT = "aiplatform.test.http.port";
    /** System property (driver and container): the ssh port of the platform's console. */
    public static final String SSH_PORT = "aiplatform.test.ssh.port";
    /** System property of the test run: the container's root log level (default WARN; INFO shows Karaf's deployer). */
    public static final String LOG_LEVEL = "aiplatform.test.log";
    /** System property of the test run: {@code derby} (default) or {@code postgresql}. */
    public static final String DATABASE = "aiplatform.test.db";
    /** The platform's DataSource configuration file. */
    public static final String DATASOURCE_CFG = "etc/org.ops4j.datasource-aiplatform.cfg";

    private static final Duration READY_WITHIN = Duration.ofMinutes(2);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    @Filter(timeout = 120_000)
    protected SessionFactory sessionFactory;

    /** @return the platform with nothing else; override to add features or configuration */
    @Configuration
    public Option[] config() {
        return platform();
    }

    /**
     * Runs on the test driver, not in the container.
     *
     * @param extra options of the test (features, configuration)
     * @return the options that boot the distribution with them
     */
    protected Option[] platform(Option... extra) {
        String version = MavenUtils.getArtifactVersion("org.aiplatform", "aiplatform-assembly");
        int http = freePort();
        int ssh = freePort();
        List<Option> options = new ArrayList<>(List.of(
            karafDistributionConfiguration()
                .frameworkUrl(maven("org.aiplatform", "aiplatform-assembly").type("tar.gz").version(version))
                .name("AI Platform").unpackDirectory(new File("target/exam")).useDeployFolder(false),
            keepRuntimeFolder(),
            // Pax Exam appends its own features (exam, test-dependencies) to the platform's last boot stage; its
            // remote bundle context then installs the probe while platform bundles are still starting, and the
            // concurrent resolve can starve a dynamic import (seen: Derby's javax.naming.spi during pax-jdbc's
            // activator, so no DataSource). An opening "(" puts Pax Exam's features in a stage of their own, after
            // the platform has started (Karaf's parser ends a stage at "(" and accepts the unclosed one).
            editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "("),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.valueOf(System.getProperty(LOG_LEVEL, "WARN"))),
            vmOption("-Xmx768m"),
            // as bin/setenv: Java 17.0.8+ refuses the jar embedded in the Aries JAX-RS spec bundle ("Invalid CEN
            // header"), which can stall the features installer while it boots the platform
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            environment("AIP_ADMIN_PASSWORD=" + ADMIN_PASSWORD),
            systemProperty(HTTP_PORT).value(String.valueOf(http)),
            systemProperty(SSH_PORT).value(String.valueOf(ssh)),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ssh)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                String.valueOf(freePort())),
            // the build's local repository holds the platform's snapshots
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                localRepository()),
            editConfigurationFilePut("etc/" + TestRealm.PID + ".cfg", TestRealm.key(ADMIN_TOKEN), ADMIN + " *"),
            mavenBundle("org.aiplatform", "org.aiplatform.sdk.testkit").version(version).start()));
        if (useTestDatabase()) {
            options.addAll(database());
        }
        options.addAll(List.of(extra));
        return options.toArray(Option[]::new);
    }

    /**
     * @return true to run on the database chosen by {@link #DATABASE}; false to boot on the distribution's own
     *         default (embedded Derby) whatever the run chose
     */
    protected boolean useTestDatabase() {
        return true;
    }

    /** @return the DataSource settings for the database chosen by {@link #DATABASE} */
    protected static List<Option> database() {
        if (!"postgresql".equalsIgnoreCase(System.getProperty(DATABASE, "derby"))) {
            return List.of();
        }
        return List.of(
            editConfigurationFilePut(DATASOURCE_CFG, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
            editConfigurationFilePut(DATASOURCE_CFG, "url",
                System.getProperty("aip.pg.url", "jdbc:postgresql://127.0.0.1:5432/aiplatform")),
            editConfigurationFilePut(DATASOURCE_CFG, "user", System.getProperty("aip.pg.user", "aiplatform")),
            editConfigurationFilePut(DATASOURCE_CFG, "password", System.getProperty("aip.pg.password", "aiplatform")));
    }

    /** @return a REST client of the platform under test that authenticates as {@link #ADMIN} */
    protected PlatformHttp http() {
        return new PlatformHttp(URI.create("http://localhost:" + System.getProperty(HTTP_PORT, "8181")),
            "Bearer " + ADMIN_TOKEN);
    }

    /** Waits until {@code /api/v1/health/ready} answers 200. */
    protected void awaitReady() {
        http().awaitStatus("/api/v1/health/ready", 200, READY_WITHIN);
    }

    /**
     * Runs a console command as a user holding the admin, manager and viewer roles.
     *
     * @param command the command line
     * @return what it printed
     * @throws AssertionError when the command fails, with its error
     */
    protected String executeCommand(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(ADMIN));
        for (String role : List.of("admin", "manager", "viewer")) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        Session session = sessionFactory.create(System.in, out, out);
        try {
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                out.println(result);
            }
        } catch (PrivilegedActionException e) {
            throw new AssertionError(command + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (RuntimeException e) {
            throw new AssertionError(command + " failed: " + e.getMessage(), e);
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String localRepository() {
        String configured = System.getProperty("org.ops4j.pax.url.mvn.localRepository");
        return configured != null ? configured
            : new File(System.getProperty("user.home"), ".m2/repository").getAbsolutePath();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
