package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code aip:user-password}: an administrator sets a temporary password (generated, or typed with {@code -p}); the
 * user must change it at the next login.
 */
@Service
@Command(scope = "aip", name = "user-password", description = "Resets the password of a platform account")
public class UserPasswordCommand implements Action {
    @Reference
    UserService users;

    @Reference
    Session session;

    @Argument(index = 0, name = "user", required = true, description = "User name or id")
    @Completion(UserNameCompleter.class)
    String user;

    @Option(name = "-p", aliases = "--password", description = "Type the password instead of generating one")
    boolean typePassword;

    @Override
    public Object execute() throws Exception {
        User target = Accounts.user(users, user);
        String password = typePassword ? Passwords.read(session) : Accounts.generatePassword();
        users.resetPassword(target.id(), password, Accounts.actor(users));
        System.out.println("Reset the password of " + target.username() + "; it must be changed at the next login");
        if (!typePassword) {
            System.out.println("Temporary password (shown once): " + password);
        }
        return null;
    }
}
