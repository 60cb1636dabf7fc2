package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.RoleService;
import org.aiplatform.rbac.api.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:role-delete}: deletes a custom role that nobody holds. */
@Service
@Command(scope = "aip", name = "role-delete",
    description = "Deletes a custom role that no user, grant or invitation uses")
public class RoleDeleteCommand implements Action {
    @Reference
    RoleService roles;

    @Reference
    UserService users;

    @Argument(index = 0, name = "role", required = true, description = "Role name")
    @Completion(RoleNameCompleter.class)
    String role;

    @Override
    public Object execute() {
        roles.delete(role, Accounts.actor(users));
        System.out.println("Deleted role " + role);
        return null;
    }
}
