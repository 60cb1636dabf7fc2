package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserChanges;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.api.UserStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:user-disable}: the account can no longer log in; its tokens stop working. */
@Service
@Command(scope = "aip", name = "user-disable", description = "Disables a platform account")
public class UserDisableCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "user", required = true, description = "User name or id")
    @Completion(UserNameCompleter.class)
    String user;

    @Override
    public Object execute() {
        return setStatus(users, user, UserStatus.DISABLED);
    }

    static Object setStatus(UserService users, String nameOrId, UserStatus status) {
        User target = Accounts.user(users, nameOrId);
        users.update(target.id(), new UserChanges(null, null, null, status), Accounts.actor(users));
        System.out.println((status == UserStatus.ACTIVE ? "Enabled" : "Disabled") + " user " + target.username());
        return null;
    }
}
