package org.aiplatform.rbac.impl.command;

import java.util.LinkedHashSet;
import java.util.List;

import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.api.RoleService;
import org.aiplatform.rbac.api.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:role-create}: a custom role from permission patterns. */
@Service
@Command(scope = "aip", name = "role-create", description = "Creates a custom role")
public class RoleCreateCommand implements Action {
    @Reference
    RoleService roles;

    @Reference
    UserService users;

    @Argument(index = 0, name = "name", required = true, description = "Role name: lower-case letters, digits, -")
    String name;

    @Argument(index = 1, name = "permissions", required = true, multiValued = true,
        description = "Permission patterns: area:action, area:*, *:action or *")
    @Completion(PermissionCompleter.class)
    List<String> permissions;

    @Option(name = "-d", aliases = "--description", description = "What the role is for")
    String description;

    @Override
    public Object execute() {
        Role role = roles.create(name, description, new LinkedHashSet<>(permissions), Accounts.actor(users));
        System.out.println("Created role " + role.name() + ": " + RoleShowCommand.patterns(role));
        return null;
    }
}
