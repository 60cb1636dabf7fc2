package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.api.RoleService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:role-list}: every role, built-in first, with its permission patterns. */
@Service
@Command(scope = "aip", name = "role-list", description = "Lists roles and their permissions")
public class RoleListCommand implements Action {
    @Reference
    RoleService roles;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable().emptyTableText("No roles");
        table.column("Role");
        table.column("Built-in");
        table.column("Permissions");
        table.column("Description");
        for (Role r : roles.list()) {
            table.addRow().addContent(r.name(), r.builtIn(), RoleShowCommand.patterns(r),
                Accounts.text(r.description()));
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
