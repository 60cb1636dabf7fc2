package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.NewUser;
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
 * {@code aip:user-add}: makes an account. The password is generated and printed once, or typed (hidden) with
 * {@code -p}: never an argument, which would stay in the shell history.
 */
@Service
@Command(scope = "aip", name = "user-add", description = "Creates a platform account")
public class UserAddCommand implements Action {
    @Reference
    UserService users;

    @Reference
    Session session;

    @Argument(index = 0, name = "name", required = true, description = "Login name")
    String name;

    @Option(name = "-e", aliases = "--email", description = "E-mail address")
    String email;

    @Option(name = "-d", aliases = "--display-name", description = "Name shown to others")
    String displayName;

    @Option(name = "-r", aliases = "--role", description = "Global role (default: the configured default role)")
    @Completion(RoleNameCompleter.class)
    String role;

    @Option(name = "-p", aliases = "--password", description = "Type the password instead of generating one")
    boolean typePassword;

    @Override
    public Object execute() throws Exception {
        String password = typePassword ? Passwords.read(session) : Accounts.generatePassword();
        User user = users.create(new NewUser(name, password, displayName, email, role), Accounts.actor(users));
        System.out.println("Created user " + user.username() + " (" + user.id() + ") with role " + user.role());
        if (!typePassword) {
            System.out.println("Password (shown once): " + password);
        }
        return null;
    }
}
