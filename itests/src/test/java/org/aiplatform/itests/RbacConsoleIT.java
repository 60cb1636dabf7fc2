package org.aiplatform.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.aiplatform.kernel.api.audit.AuditRecord;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.Waiting;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;

/**
 * Console login with platform accounts (issue 3): ssh as {@code bin/client} does, through the rbac bundle's JAAS
 * realm, and each account's global role deciding the aip: commands it may run
 * ({@code etc/org.apache.karaf.command.acl.aip.cfg}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RbacConsoleIT extends PlatformTestSupport {
    private static final Pattern PASSWORD = Pattern.compile("Password \\(shown once\\): (\\S+)");

    @Inject
    @Filter(timeout = 120_000)
    ProjectService projects;

    @Inject
    @Filter(timeout = 120_000)
    AuditLog audit;

    @Override
    @Configuration
    public Option[] config() {
        // some 30 ssh logins from 127.0.0.1 within a minute: more than the limit for people (30 a minute)
        return platform(editConfigurationFilePut("etc/org.aiplatform.rbac.cfg", "login.attempts.per.minute", "1000"));
    }

    @Test
    public void platformPasswordsLogInAndWrongOnesAreRefused() throws Exception {
        awaitReady();
        String vera = unique("vera");
        String password = addUser(vera, "viewer");
        String seen = unique("seen");
        SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:project-create " + seen);
        String list = SshConsole.run(vera, password, "aip:project-list --no-format -q " + seen);
        assertTrue(list, list.contains(seen + "\t"));

        AssertionError wrong = assertThrows(AssertionError.class,
            () -> SshConsole.run(vera, password + "x", "aip:health"));
        assertTrue(wrong.getMessage(), wrong.getMessage().contains("login refused"));
        AssertionError unknown = assertThrows(AssertionError.class,
            () -> SshConsole.run(unique("nobody"), password, "aip:health"));
        assertTrue(unknown.getMessage(), unknown.getMessage().contains("login refused"));
        assertTrue("the failed console login is audited", audit.search(
                new AuditQuery(null, "auth.login", null, null, null, null, null), PageRequest.first(100)).items()
            .stream().map(AuditRecord::event)
            .anyMatch(e -> e.outcome() == AuditOutcome.FAILURE && "console".equals(e.details().get("method"))
                && "wrong password".equals(e.details().get("reason"))));
    }

    @Test
    public void adminManagesAccountsFromTheConsole() throws Exception {
        awaitReady();
        String dev = unique("dev");
        String password = addUser(dev, "developer");
        String listed = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:user-list --no-format -q " + dev);
        assertTrue(listed, hasRow(listed, dev, "developer", "ACTIVE"));

        // a developer may create projects (projects:write) but not manage accounts (rbac:admin)
        String project = unique("console-dev");
        String created = SshConsole.run(dev, password, "aip:project-create " + project);
        assertTrue(created, created.contains("Created project"));
        assertTrue(projects.findByName(project).isPresent());
        String refused = SshConsole.run(dev, password, "aip:user-list");
        assertTrue(refused, refused.contains("aip:user-list") && !refused.contains("Last login"));

        String viewer = unique("viewer");
        addUser(viewer, "viewer");
        // Karaf reads options before arguments only
        String granted = SshConsole.run(ADMIN, ADMIN_PASSWORD,
            "aip:grant --project " + project + " " + viewer + " developer");
        assertTrue(granted, granted.contains("Granted developer"));
        String members = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:member-list --no-format " + project);
        assertTrue(members, hasRow(members, viewer, "USER", "developer"));
        assertTrue("the console user who created it is its admin: " + members, hasRow(members, dev, "USER", "admin"));
        SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:grant --revoke --project " + project + " " + viewer);
        members = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:member-list --no-format " + project);
        assertFalse(members, members.contains(viewer));

        SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:user-disable " + dev);
        assertThrows(AssertionError.class, () -> SshConsole.run(dev, password, "aip:project-list"));
        SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:user-enable " + dev);
        String again = SshConsole.run(dev, password, "aip:project-list --no-format -q " + project);
        assertTrue(again, again.contains(project));
    }

    @Test
    public void viewerMayReadButNotChange() throws Exception {
        awaitReady();
        String shared = unique("shared");
        SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:project-create " + shared);
        String vera = unique("vera");
        String password = addUser(vera, "viewer");

        String list = SshConsole.run(vera, password, "aip:project-list --no-format -q " + shared);
        assertTrue(list, list.contains(shared + "\t"));

        String intruder = unique("intruder");
        String addUser = SshConsole.run(vera, password, "aip:user-add " + intruder);
        assertFalse(addUser, addUser.contains("Created user"));
        assertTrue(addUser, addUser.contains("aip:user-add")); // Karaf hides commands the ACL denies: "not found"
        assertFalse(SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:user-list --no-format -q " + intruder)
            .contains(intruder));

        String project = unique("not-yours");
        String create = SshConsole.run(vera, password, "aip:project-create " + project);
        assertFalse(create, create.contains("Created project"));
        assertTrue(projects.findByName(project).isEmpty());
    }

    @Test
    public void aOneTimePasswordLogsInToBeChangedWithAipPassword() throws Exception {
        awaitReady();
        String vera = unique("vera");
        String typed = "typed by the admin " + UUID.randomUUID();
        String added = SshConsole.type(ADMIN, ADMIN_PASSWORD, "aip:user-add -p --role viewer " + vera, typed, typed);
        // (type-ahead is echoed by the terminal, so the output cannot show whether the password is hidden)
        assertTrue(added, added.contains("Created user " + vera));
        assertTrue(SshConsole.run(vera, typed, "aip:project-list").contains("Owner"));
        Matcher reset = Pattern.compile("Temporary password \\(shown once\\): (\\S+)")
            .matcher(SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:user-password " + vera));
        assertTrue(reset.find());
        String temporary = reset.group(1);

        String limited = SshConsole.run(vera, temporary, "aip:project-list");
        assertTrue("no role before the password is changed: " + limited, limited.contains("aip:project-list")
            && !limited.contains("Owner"));
        String chosen = "vera's own password " + UUID.randomUUID();
        String changed = SshConsole.type(vera, temporary, "aip:password", temporary, chosen, chosen);
        assertTrue(changed, changed.contains("Password changed"));
        assertThrows(AssertionError.class, () -> SshConsole.run(vera, temporary, "aip:project-list"));
        String list = SshConsole.run(vera, chosen, "aip:project-list");
        assertFalse(list, list.contains("aip:project-list"));
    }

    @Test
    public void consoleLoginFailsClosedWhileTheRbacBundleIsStopped() throws Exception {
        awaitReady();
        Bundle rbac = Arrays.stream(bundleContext.getBundles())
            .filter(b -> "org.aiplatform.rbac.impl".equals(b.getSymbolicName())).findFirst().orElseThrow();
        rbac.stop();
        try {
            // Karaf's own realm of etc/users.properties answers again, and it holds no accounts
            AssertionError refused = assertThrows(AssertionError.class,
                () -> SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:health"));
            assertTrue(refused.getMessage(), refused.getMessage().contains("login refused"));
        } finally {
            rbac.start();
        }
        Waiting.untilPasses(Duration.ofMinutes(1), () -> {
            try {
                String health = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:health");
                assertTrue(health, health.contains("Platform"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Adds an account as the platform administrator over ssh and returns the generated password it printed. */
    private static String addUser(String name, String role) throws Exception {
        String out = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:user-add --role " + role + " " + name);
        Matcher password = PASSWORD.matcher(out);
        assertTrue(out, out.contains("Created user " + name) && password.find());
        return password.group(1);
    }

    /** @return true when a line of --no-format output holds these cells (ShellTable pads them before the tab) */
    private static boolean hasRow(String table, String... cells) {
        return SshConsole.hasRow(table, cells);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
