package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.api.UserStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:user-enable}: a disabled account may log in again. */
@Service
@Command(scope = "aip", name = "user-enable", description = "Enables a disabled platform account")
public class UserEnableCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "user", required = true, description = "User name or id")
    @Completion(UserNameCompleter.class)
    String user;

    @Override
    public Object execute() {
        return UserDisableCommand.setStatus(users, user, UserStatus.ACTIVE);
    }
}
