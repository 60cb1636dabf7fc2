package org.aiplatform.rbac.impl.command;

import java.util.TreeSet;

import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.api.RoleService;
import org.aiplatform.rbac.impl.auth.Patterns;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:role-show}: a role, and which of the declared permissions its patterns grant. */
@Service
@Command(scope = "aip", name = "role-show", description = "Shows a role and the permissions it grants")
public class RoleShowCommand implements Action {
    @Reference
    RoleService roles;

    @Argument(index = 0, name = "role", required = true, description = "Role name")
    @Completion(RoleNameCompleter.class)
    String role;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        Role r = roles.find(role).orElseThrow(() -> new IllegalArgumentException("No role '" + role + "'"));
        System.out.println(r.name() + (r.builtIn() ? " (built-in)" : "") + ": " + Accounts.text(r.description()));
        System.out.println("Patterns: " + patterns(r));
        ShellTable table = new ShellTable().emptyTableText("It grants none of the declared permissions");
        table.column("Permission");
        table.column("Description");
        for (Permission p : roles.permissions()) {
            if (Patterns.grants(r.permissions(), p.name())) {
                table.addRow().addContent(p.name(), p.description());
            }
        }
        table.print(System.out, !noFormat);
        return null;
    }

    static String patterns(Role role) {
        return String.join(" ", new TreeSet<>(role.permissions()));
    }
}
