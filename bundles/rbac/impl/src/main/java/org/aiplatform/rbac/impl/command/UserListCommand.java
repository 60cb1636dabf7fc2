package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:user-list}: the platform accounts, by name. */
@Service
@Command(scope = "aip", name = "user-list", description = "Lists platform accounts by name")
public class UserListCommand implements Action {
    @Reference
    UserService users;

    @Option(name = "-q", aliases = "--query", description = "Only names containing this text")
    String query;

    @Option(name = "-n", aliases = "--limit", description = "Maximum rows")
    int limit = 100;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable().emptyTableText("No users");
        table.column("Name");
        table.column("Role");
        table.column("Status");
        table.column("E-mail");
        table.column("Last login");
        for (var u : Accounts.users(users, query, limit)) {
            table.addRow().addContent(u.username(), u.role(), u.status(), Accounts.text(u.email()),
                Accounts.time(u.lastLoginAt()));
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
