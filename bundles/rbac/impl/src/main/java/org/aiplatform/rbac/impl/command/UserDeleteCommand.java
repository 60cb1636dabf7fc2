package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:user-delete}: deletes an account with its grants, group memberships and tokens. */
@Service
@Command(scope = "aip", name = "user-delete", description = "Deletes a platform account")
public class UserDeleteCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "user", required = true, description = "User name or id")
    @Completion(UserNameCompleter.class)
    String user;

    @Override
    public Object execute() {
        User target = Accounts.user(users, user);
        users.delete(target.id(), Accounts.actor(users));
        System.out.println("Deleted user " + target.username() + " (" + target.id() + ")");
        return null;
    }
}
