package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.UUID;

import javax.inject.Inject;

import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.project.ProjectState;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/** The aip: console commands against the running platform. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleIT extends PlatformTestSupport {

    @Inject
    @Filter(timeout = 120_000)
    ProjectService projects;

    @Test
    public void projectCommandsCoverTheLifecycle() {
        String name = "console-" + UUID.randomUUID().toString().substring(0, 8);
        assertTrue(executeCommand("aip:project-create -d \"made in the console\" " + name).contains(name));
        String id = projects.findByName(name).orElseThrow().id();
        assertEquals(ADMIN, projects.get(id).owner());

        String table = executeCommand("aip:project-list -q " + name);
        assertTrue(table, table.contains(name) && table.contains(id) && table.contains("ACTIVE"));
        String plain = executeCommand("aip:project-list --no-format -q " + name);
        assertTrue(plain, plain.contains(name + "\t") && !plain.contains("---"));

        String shown = executeCommand("aip:project-show " + name);
        assertTrue(shown, shown.contains("made in the console") && shown.contains(id));
        assertTrue(executeCommand("aip:project-show " + id).contains(name));

        executeCommand("aip:project-archive " + name);
        assertEquals(ProjectState.ARCHIVED, projects.get(id).state());
        assertFalse(executeCommand("aip:project-list -q " + name).contains(id));
        assertTrue(executeCommand("aip:project-list -s archived -q " + name).contains(id));
        executeCommand("aip:project-archive --restore " + name);
        assertEquals(ProjectState.ACTIVE, projects.get(id).state());

        executeCommand("aip:project-delete " + name);
        assertTrue(projects.find(id).isEmpty());
    }

    @Test
    public void errorsAreReportedNotSwallowed() {
        AssertionError missing = assertThrows(AssertionError.class,
            () -> executeCommand("aip:project-show no-such-project"));
        assertTrue(missing.getMessage(), missing.getMessage().contains("No project"));
        AssertionError badName = assertThrows(AssertionError.class,
            () -> executeCommand("aip:project-create \"../bad\""));
        assertTrue(badName.getMessage(), badName.getMessage().contains("Invalid project name"));
    }

    @Test
    public void sshLoginRunsPlatformCommandsAsBinClientDoes() throws Exception {
        awaitReady();
        String name = "ssh-" + UUID.randomUUID().toString().substring(0, 8);
        // the platform's bootstrap administrator, through the rbac bundle's JAAS realm (RbacConsoleIT: other roles)
        String out = SshConsole.run(ADMIN, ADMIN_PASSWORD,
            "aip:project-create " + name + " ; aip:project-list --no-format -q " + name);
        assertTrue(out, out.contains(name + "\t"));
        assertTrue(projects.findByName(name).isPresent());
        AssertionError refused = assertThrows(AssertionError.class,
            () -> SshConsole.run(ADMIN, "wrong", "aip:health"));
        assertTrue(refused.getMessage(), refused.getMessage().contains("login refused"));
    }

    @Test
    public void healthCommandReportsReadiness() {
        awaitReady();
        String health = executeCommand("aip:health --bundles");
        assertTrue(health, health.contains("Platform READY"));
        assertTrue(health, health.contains("database") && health.contains("schemas"));
        assertTrue(health, health.contains("org.aiplatform.kernel.impl"));
    }
}
