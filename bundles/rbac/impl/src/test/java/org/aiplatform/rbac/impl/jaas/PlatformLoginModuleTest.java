package org.aiplatform.rbac.impl.jaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;

import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.impl.RbacFixture;
import org.aiplatform.rbac.impl.service.UserServiceImpl;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login module on the real rbac core (Derby): what Karaf's shell and ssh server see. */
class PlatformLoginModuleTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;
    private RbacFixture fixture;
    private ConsoleAccounts accounts;

    @BeforeEach
    void accounts() {
        fixture = new RbacFixture(TestDatabase.derby(), dir.resolve("keys.json"), Map.of("lockout.threshold", 3));
        UserServiceImpl users = new UserServiceImpl(fixture.core);
        users.create(new NewUser("alice", PASSWORD, null, null, "viewer"), "root");
        users.create(new NewUser("root", PASSWORD, null, null, "admin"), "root");
        accounts = new ConsoleAccounts(fixture.core,
            () -> List.of(new Permission("projects:read", "read"), new Permission("rbac:admin", "admin")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void rightPasswordGivesTheUserAndTheRolesOfTheGlobalRole() throws Exception {
        Subject subject = login("Alice", PASSWORD);
        assertEquals(Set.of("alice"), names(subject, UserPrincipal.class));
        assertEquals(Set.of("ssh", "projects.read"), names(subject, RolePrincipal.class));
        assertTrue(names(login("root", PASSWORD), RolePrincipal.class).containsAll(Set.of("admin", "rbac.admin")));
        AuditEvent success = fixture.audit.events().get(fixture.audit.events().size() - 2);
        assertEquals(AuditOutcome.SUCCESS, success.outcome());
        assertEquals(Map.of("method", "console", "address", "10.0.0.7"), success.details());
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlikeAndLockTheAccount() throws Exception {
        FailedLoginException wrong = assertThrows(FailedLoginException.class, () -> login("alice", "not it at all"));
        FailedLoginException unknown = assertThrows(FailedLoginException.class, () -> login("nobody", PASSWORD));
        assertEquals(unknown.getMessage(), wrong.getMessage());
        assertEquals(AuditOutcome.FAILURE, fixture.audit.events().get(fixture.audit.events().size() - 1).outcome());
        assertThrows(FailedLoginException.class, () -> login("alice", "not it at all"));
        assertThrows(FailedLoginException.class, () -> login("alice", "not it at all"));
        assertThrows(FailedLoginException.class, () -> login("alice", PASSWORD), "locked after 3 failures");
    }

    @Test
    void aOneTimePasswordLogsInOnlyToBeChanged() throws Exception {
        UserServiceImpl users = new UserServiceImpl(fixture.core);
        String temporary = "temporary password 1";
        users.resetPassword(users.findByUsername("root").orElseThrow().id(), temporary, "root");
        assertEquals(Set.of("ssh"), names(login("root", temporary), RolePrincipal.class),
            "no role of the account until it has a password of its own (aip:password)");
    }

    @Test
    void abortLeavesNoPrincipals() throws Exception {
        Subject subject = new Subject();
        PlatformLoginModule module = module(subject, "alice", PASSWORD);
        assertTrue(module.login());
        module.abort();
        assertEquals(Set.of(), subject.getPrincipals());
    }

    private Subject login(String user, String password) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("ssh", "/10.0.0.7:51234"));
        PlatformLoginModule module = module(subject, user, password);
        module.login();
        module.commit();
        return subject;
    }

    private PlatformLoginModule module(Subject subject, String user, String password) {
        CallbackHandler handler = (Callback[] callbacks) -> {
            for (Callback c : callbacks) {
                if (c instanceof NameCallback name) {
                    name.setName(user);
                } else if (c instanceof PasswordCallback secret) {
                    secret.setPassword(password.toCharArray());
                }
            }
        };
        PlatformLoginModule module = new PlatformLoginModule();
        module.initialize(subject, handler, Map.of(), Map.of(PlatformLoginModule.ACCOUNTS, accounts));
        return module;
    }

    private static Set<String> names(Subject subject, Class<? extends Principal> type) {
        return subject.getPrincipals(type).stream().map(Principal::getName).collect(Collectors.toSet());
    }
}
