package org.aiplatform.rbac.impl.command;

import java.util.Optional;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.rbac.api.Group;
import org.aiplatform.rbac.api.GroupService;
import org.aiplatform.rbac.api.MembershipService;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserChanges;
import org.aiplatform.rbac.api.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code aip:grant}: gives a user a global role, or a user or group a role in one project ({@code --project});
 * {@code --revoke} takes a project role away.
 */
@Service
@Command(scope = "aip", name = "grant",
    description = "Grants a role globally or in a project, or revokes a project role")
public class GrantCommand implements Action {
    @Reference
    UserService users;

    @Reference
    GroupService groups;

    @Reference
    MembershipService members;

    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "subject", required = true, description = "User or group name")
    @Completion(SubjectNameCompleter.class)
    String subject;

    @Argument(index = 1, name = "role", description = "Role to grant (not with --revoke)")
    @Completion(RoleNameCompleter.class)
    String role;

    @Option(name = "-p", aliases = "--project", description = "Project id or name: grant in this project only")
    String project;

    @Option(name = "--revoke", description = "Take the subject's role in --project away")
    boolean revoke;

    @Override
    public Object execute() {
        Optional<User> user = users.findByUsername(subject);
        Optional<Group> group = user.isPresent() ? Optional.empty()
            : groups.list().stream().filter(g -> g.name().equalsIgnoreCase(subject)).findFirst();
        if (user.isEmpty() && group.isEmpty()) {
            throw new IllegalArgumentException("No user or group named '" + subject + "'");
        }
        SubjectType type = user.isPresent() ? SubjectType.USER : SubjectType.GROUP;
        String id = user.map(User::id).orElseGet(() -> group.get().id());
        String actor = Accounts.actor(users);
        if (project == null) {
            if (revoke || type == SubjectType.GROUP || role == null) {
                throw new IllegalArgumentException("Without --project: a user and a role (the user's global role); "
                    + "groups and --revoke need --project");
            }
            users.update(id, new UserChanges(null, null, role, null), actor);
            System.out.println("Global role of " + subject + " is now " + role);
            return null;
        }
        Project p = Accounts.project(projects, project);
        if (revoke) {
            members.revoke(p.id(), type, id, actor);
            System.out.println("Revoked the role of " + subject + " in project " + p.name());
        } else if (role == null) {
            throw new IllegalArgumentException("Which role? aip:grant " + subject + " <role> --project " + project);
        } else {
            members.grant(p.id(), type, id, role, actor);
            System.out.println("Granted " + role + " in project " + p.name() + " to " + subject);
        }
        return null;
    }
}
