package org.aiplatform.rbac.impl.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.ProjectScope;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.rbac.api.Group;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.impl.RbacFixture;
import org.aiplatform.rbac.impl.auth.RbacAuthorizer;
import org.aiplatform.rbac.impl.service.GroupServiceImpl;
import org.aiplatform.rbac.impl.service.MembershipServiceImpl;
import org.aiplatform.rbac.impl.service.RoleServiceImpl;
import org.aiplatform.rbac.impl.service.UserServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: global roles, project grants (direct and through groups), custom roles, token scopes. */
abstract class AuthorizationContract {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private RbacFixture fx;
    private UserServiceImpl users;
    private GroupServiceImpl groups;
    private RoleServiceImpl roles;
    private MembershipServiceImpl members;
    private RbacAuthorizer authorizer;

    abstract TestDatabase database();

    @BeforeEach
    void setUp() {
        fx = new RbacFixture(database(), dir.resolve("keys.json"), Map.of());
        users = new UserServiceImpl(fx.core);
        groups = new GroupServiceImpl(fx.core);
        roles = new RoleServiceImpl(fx.core);
        members = new MembershipServiceImpl(fx.core, new KnownProjects("p1", "p2"));
        authorizer = new RbacAuthorizer(fx.core);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void globalRolesApplyEverywhere() {
        AuthenticatedUser admin = user("root", "admin");
        AuthenticatedUser dev = user("dev", "developer");
        AuthenticatedUser viewer = user("view", "viewer");
        assertTrue(authorizer.isPermitted(admin, "rbac:admin", null));
        assertTrue(authorizer.isPermitted(dev, "projects:write", null));
        assertTrue(authorizer.isPermitted(dev, "tracking:write", "p2"));
        assertFalse(authorizer.isPermitted(dev, "projects:admin", "p1"));
        assertTrue(authorizer.isPermitted(viewer, "datasets:read", "p1"));
        assertFalse(authorizer.isPermitted(viewer, "projects:write", null));
        assertFalse(authorizer.isPermitted(viewer, "audit:admin", null), "*:read does not grant admin actions");
        assertTrue(authorizer.projectScope(viewer, "projects:read").isAll());
    }

    @Test
    void projectGrantsAddToTheGlobalRoleInThatProjectOnly() {
        AuthenticatedUser viewer = user("view", "viewer");
        members.grant("p1", SubjectType.USER, viewer.id(), "developer", "root");
        assertTrue(authorizer.isPermitted(viewer, "projects:write", "p1"));
        assertFalse(authorizer.isPermitted(viewer, "projects:write", "p2"));
        assertFalse(authorizer.isPermitted(viewer, "projects:write", null), "not a global right");
        assertEquals(ProjectScope.of(Set.of("p1")), authorizer.projectScope(viewer, "projects:write"));
        members.revoke("p1", SubjectType.USER, viewer.id(), "root");
        assertFalse(authorizer.isPermitted(viewer, "projects:write", "p1"), "revocation shows at once");
    }

    @Test
    void groupGrantsReachEveryMember() {
        roles.create("nobody", "no rights", Set.of(), "root");
        AuthenticatedUser guest = user("guest", "nobody");
        Group team = groups.create("Team 视觉", null, "root");
        members.grant("p2", SubjectType.GROUP, team.id(), "developer", "root");
        assertFalse(authorizer.isPermitted(guest, "projects:read", "p2"));
        groups.addMember(team.id(), guest.id(), "root");
        assertTrue(authorizer.isPermitted(guest, "projects:write", "p2"));
        assertEquals(ProjectScope.of(Set.of("p2")), authorizer.projectScope(guest, "projects:read"));
        groups.removeMember(team.id(), guest.id(), "root");
        assertFalse(authorizer.isPermitted(guest, "projects:read", "p2"));
    }

    @Test
    void customRolesGrantTheirPatterns() {
        roles.create("tracker", "tracking only", Set.of("tracking:*", "projects:read"), "root");
        AuthenticatedUser tracker = user("trk", "tracker");
        assertTrue(authorizer.isPermitted(tracker, "tracking:admin", "p1"));
        assertFalse(authorizer.isPermitted(tracker, "datasets:read", "p1"));
        roles.update("tracker", null, Set.of("projects:read"), "root");
        assertFalse(authorizer.isPermitted(tracker, "tracking:write", "p1"), "role changes show at once");
        assertEquals(ErrorCode.INVALID_STATE, assertThrows(ApiException.class,
            () -> roles.delete("tracker", "root")).code(), "in use");
        assertEquals(ErrorCode.INVALID_STATE, assertThrows(ApiException.class,
            () -> roles.update("admin", null, Set.of(), "root")).code(), "built in");
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, assertThrows(ApiException.class,
            () -> roles.create("broken", null, Set.of("not a pattern"), "root")).code());
    }

    @Test
    void tokenScopesNarrowTheOwnersRights() {
        User root = users.create(new NewUser("root", PASSWORD, null, null, "admin"), "setup");
        AuthenticatedUser scoped = new AuthenticatedUser(root.id(), "root", "token", Set.of("projects:read"));
        assertTrue(authorizer.isPermitted(scoped, "projects:read", "p1"));
        assertFalse(authorizer.isPermitted(scoped, "projects:write", "p1"));
        assertEquals(ProjectScope.none(), authorizer.projectScope(scoped, "projects:admin"));
    }

    @Test
    void aUserWhoMustChangeThePasswordMayDoNothingElse() {
        AuthenticatedUser admin = user("root", "admin");
        users.resetPassword(admin.id(), "temporary password", "someone");
        assertFalse(authorizer.isPermitted(admin, "projects:read", null));
        users.changePassword(admin.id(), "temporary password", "my own password now");
        assertTrue(authorizer.isPermitted(admin, "projects:read", null));
    }

    @Test
    void unknownUsersMayDoNothing() {
        assertFalse(authorizer.isPermitted(new AuthenticatedUser("ghost", "ghost", "jwt", Set.of()),
            "projects:read", null));
    }

    private AuthenticatedUser user(String name, String role) {
        User user = users.create(new NewUser(name, PASSWORD, null, null, role), "setup");
        return new AuthenticatedUser(user.id(), name, "jwt", Set.of());
    }
}
