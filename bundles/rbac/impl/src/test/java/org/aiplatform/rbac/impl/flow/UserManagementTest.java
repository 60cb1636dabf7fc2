package org.aiplatform.rbac.impl.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.rbac.api.Invitation;
import org.aiplatform.rbac.api.NewApiToken;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserChanges;
import org.aiplatform.rbac.api.UserStatus;
import org.aiplatform.rbac.impl.RbacFixture;
import org.aiplatform.rbac.impl.service.ApiTokenServiceImpl;
import org.aiplatform.rbac.impl.service.MembershipServiceImpl;
import org.aiplatform.rbac.impl.service.UserServiceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserManagementTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private RbacFixture fixture(String policy) {
        return new RbacFixture(TestDatabase.derby(), dir.resolve(policy + ".json"), Map.of("signup.policy", policy));
    }

    @Test
    void signUpFollowsThePolicy() {
        try (RbacFixture closed = fixture("closed")) {
            ApiException e = assertThrows(ApiException.class, () -> new UserServiceImpl(closed.core)
                .register(new NewUser("eve", PASSWORD, null, null, "admin"), null));
            assertEquals(ErrorCode.PERMISSION_DENIED, e.code());
        }
        try (RbacFixture open = fixture("open")) {
            User eve = new UserServiceImpl(open.core).register(new NewUser("eve", PASSWORD, null, null, "admin"), null);
            assertEquals("viewer", eve.role(), "the requested role is ignored: sign-up gets the default");
        }
    }

    @Test
    void invitationsWorkOnceAndCarryTheirRole() {
        try (RbacFixture invite = fixture("invite")) {
            UserServiceImpl users = new UserServiceImpl(invite.core);
            Invitation invitation = users.invite("frank@example.com", "developer", "root");
            assertEquals(ErrorCode.PERMISSION_DENIED, assertThrows(ApiException.class,
                () -> users.register(new NewUser("mallory", PASSWORD, null, null, null), "aip_inv_guess")).code());
            User frank = users.register(new NewUser("frank", PASSWORD, null, null, "admin"), invitation.code());
            assertEquals("developer", frank.role());
            assertEquals(ErrorCode.PERMISSION_DENIED, assertThrows(ApiException.class,
                () -> users.register(new NewUser("frank2", PASSWORD, null, null, null), invitation.code())).code(),
                "used");
            assertTrue(invite.audit.actions().containsAll(List.of("user.invite", "user.register")));
        }
    }

    @Test
    void namesPasswordsAndRolesAreChecked() {
        try (RbacFixture fx = fixture("closed")) {
            UserServiceImpl users = new UserServiceImpl(fx.core);
            users.create(new NewUser("grace", PASSWORD, null, null, "viewer"), "root");
            for (NewUser bad : new NewUser[] {new NewUser("GRACE", PASSWORD, null, null, "viewer"),
                new NewUser("1abc", PASSWORD, null, null, "viewer"), new NewUser("heidi", "short", null, null, null),
                new NewUser("heidiheidiheidi", "HEIDIHEIDIHEIDI", null, null, null),
                new NewUser("heidi", PASSWORD, null, "not-an-email", null),
                new NewUser("heidi", PASSWORD, null, null, "emperor")}) {
                ApiException e = assertThrows(ApiException.class, () -> users.create(bad, "root"), bad.toString());
                assertTrue(e.code() == ErrorCode.INVALID_PARAMETER_VALUE || e.code() == ErrorCode.RESOURCE_ALREADY_EXISTS,
                    bad + " -> " + e.code());
            }
            assertEquals(1, users.list(null, PageRequest.first(10)).items().size());
        }
    }

    @Test
    void thePlatformKeepsAnActiveAdministrator() {
        try (RbacFixture fx = fixture("closed")) {
            UserServiceImpl users = new UserServiceImpl(fx.core);
            User root = users.create(new NewUser("root", PASSWORD, null, null, "admin"), "setup");
            for (UserChanges change : new UserChanges[] {new UserChanges(null, null, "viewer", null),
                new UserChanges(null, null, null, UserStatus.DISABLED)}) {
                assertEquals(ErrorCode.INVALID_STATE,
                    assertThrows(ApiException.class, () -> users.update(root.id(), change, "root")).code());
            }
            assertEquals(ErrorCode.INVALID_STATE, assertThrows(ApiException.class,
                () -> users.delete(root.id(), "root")).code());
            users.create(new NewUser("root2", PASSWORD, null, null, "admin"), "root");
            users.update(root.id(), new UserChanges(null, null, "viewer", null), "root2");
            assertEquals("viewer", users.get(root.id()).role());
        }
    }

    @Test
    void deletingAUserRemovesItsGrantsAndTokens() {
        try (RbacFixture fx = fixture("closed")) {
            UserServiceImpl users = new UserServiceImpl(fx.core);
            ApiTokenServiceImpl tokens = new ApiTokenServiceImpl(fx.core);
            MembershipServiceImpl members = new MembershipServiceImpl(fx.core, new KnownProjects("p1"));
            User ivan = users.create(new NewUser("ivan", PASSWORD, null, null, "viewer"), "root");
            members.grant("p1", SubjectType.USER, ivan.id(), "developer", "root");
            tokens.create(ivan.id(), new NewApiToken("ci", Set.of(), null));
            users.delete(ivan.id(), "root");
            assertTrue(users.find(ivan.id()).isEmpty());
            assertTrue(members.members("p1").isEmpty());
            assertTrue(tokens.list(ivan.id()).isEmpty());
            assertTrue(fx.audit.actions().contains("user.delete"));
        }
    }
}
