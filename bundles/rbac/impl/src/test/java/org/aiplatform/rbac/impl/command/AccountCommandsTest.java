package org.aiplatform.rbac.impl.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.Subject;

import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserStatus;
import org.aiplatform.rbac.impl.RbacFixture;
import org.aiplatform.rbac.impl.service.GroupServiceImpl;
import org.aiplatform.rbac.impl.service.UserServiceImpl;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account commands on the real rbac core (Derby), their fields set as Karaf's injector sets them. */
class AccountCommandsTest {
    private static final Pattern PASSWORD = Pattern.compile("Password \\(shown once\\): (\\S+)");

    @TempDir
    Path dir;
    private RbacFixture fixture;
    private UserServiceImpl users;
    private User root;

    @BeforeEach
    void core() {
        fixture = new RbacFixture(TestDatabase.derby(), dir.resolve("keys.json"), Map.of());
        users = new UserServiceImpl(fixture.core);
        root = users.create(new NewUser("root", "correct horse battery", null, null, "admin"), "setup");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void addedUserLogsInWithThePrintedPasswordAndTheConsoleUserIsTheActor() throws Exception {
        UserAddCommand add = new UserAddCommand();
        add.users = users;
        add.name = "bob";
        add.role = "developer";
        Matcher printed = PASSWORD.matcher(runAs("root", add));
        assertTrue(printed.find());
        User bob = fixture.core.passwords().check("bob", printed.group(1), "test", "console");
        assertEquals("developer", bob.role());
        AuditEvent created = fixture.audit.events().stream().filter(e -> bob.id().equals(e.targetId()))
            .findFirst().orElseThrow();
        assertEquals(root.id(), created.actor(), "the console user's account, as REST records it");
    }

    @Test
    void grantWithoutProjectSetsTheGlobalRoleAndRefusesWhatNeedsAProject() throws Exception {
        users.create(new NewUser("carol", "correct horse battery", null, null, "viewer"), "setup");
        GrantCommand grant = new GrantCommand();
        grant.users = users;
        grant.groups = new GroupServiceImpl(fixture.core);
        grant.subject = "carol";
        grant.role = "developer";
        runAs("root", grant);
        assertEquals("developer", users.findByUsername("carol").orElseThrow().role());

        grant.revoke = true;
        assertThrows(IllegalArgumentException.class, grant::execute);
        grant.subject = "nobody";
        assertThrows(IllegalArgumentException.class, grant::execute);
    }

    @Test
    void disableAndEnable() throws Exception {
        users.create(new NewUser("dave", "correct horse battery", null, null, "viewer"), "setup");
        UserDisableCommand disable = new UserDisableCommand();
        disable.users = users;
        disable.user = "dave";
        runAs("root", disable);
        assertEquals(UserStatus.DISABLED, users.findByUsername("dave").orElseThrow().status());
        UserEnableCommand enable = new UserEnableCommand();
        enable.users = users;
        enable.user = "dave";
        runAs("root", enable);
        assertEquals(UserStatus.ACTIVE, users.findByUsername("dave").orElseThrow().status());
    }

    /** Runs the command as the console user {@code name} and returns what it printed. */
    private static String runAs(String name, Action command) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(name));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);
        } finally {
            System.setOut(console);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
