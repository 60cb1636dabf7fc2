package org.aiplatform.rbac.impl.command;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.rbac.api.Member;
import org.aiplatform.rbac.api.MembershipService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:member-list}: the users and groups holding a role in a project. */
@Service
@Command(scope = "aip", name = "member-list", description = "Lists the members of a project and their roles")
public class MemberListCommand implements Action {
    @Reference
    MembershipService members;

    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "project", required = true, description = "Project id or name")
    String project;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        Project p = Accounts.project(projects, project);
        ShellTable table = new ShellTable().emptyTableText("No members");
        table.column("Name");
        table.column("Type");
        table.column("Role");
        table.column("Granted");
        for (Member m : members.members(p.id())) {
            table.addRow().addContent(m.name(), m.type(), m.role(), Accounts.time(m.grantedAt()));
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
