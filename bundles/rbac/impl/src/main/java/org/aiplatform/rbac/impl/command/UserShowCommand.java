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
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:user-show}: one account in detail. */
@Service
@Command(scope = "aip", name = "user-show", description = "Shows a platform account")
public class UserShowCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "user", required = true, description = "User name or id")
    @Completion(UserNameCompleter.class)
    String user;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        User u = Accounts.user(users, user);
        ShellTable table = new ShellTable();
        table.column("Property");
        table.column("Value");
        table.addRow().addContent("Id", u.id());
        table.addRow().addContent("Name", u.username());
        table.addRow().addContent("Display name", Accounts.text(u.displayName()));
        table.addRow().addContent("E-mail", Accounts.text(u.email()));
        table.addRow().addContent("Role", u.role());
        table.addRow().addContent("Status", u.status());
        table.addRow().addContent("Must change password", u.passwordChangeRequired());
        table.addRow().addContent("Created", Accounts.time(u.createdAt()));
        table.addRow().addContent("Last login", Accounts.time(u.lastLoginAt()));
        table.print(System.out, !noFormat);
        return null;
    }
}
