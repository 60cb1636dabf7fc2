package org.aiplatform.rbac.impl.command;

import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.rbac.api.RoleService;
import org.aiplatform.rbac.impl.jaas.KarafRoles;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:permission-list}: every permission the installed bundles declare, with its console (Karaf) role. */
@Service
@Command(scope = "aip", name = "permission-list", description = "Lists the permissions roles can grant")
public class PermissionListCommand implements Action {
    @Reference
    RoleService roles;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable().emptyTableText("No permissions");
        table.column("Permission");
        table.column("Console role");
        table.column("Description");
        for (Permission p : roles.permissions()) {
            table.addRow().addContent(p.name(), KarafRoles.roleOf(p.name()), p.description());
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
