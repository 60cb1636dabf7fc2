package org.aiplatform.kernel.impl.command;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:project-show}: one project in detail. */
@Service
@Command(scope = "aip", name = "project-show", description = "Shows a project")
public class ProjectShowCommand implements Action {
    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "project", required = true, description = "Project id or name")
    @Completion(ProjectCompleter.class)
    String project;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        Project p = Projects.resolve(projects, project);
        ShellTable table = new ShellTable();
        table.column("Property");
        table.column("Value");
        table.addRow().addContent("Id", p.id());
        table.addRow().addContent("Name", p.name());
        table.addRow().addContent("Description", p.description() == null ? "" : p.description());
        table.addRow().addContent("State", p.state());
        table.addRow().addContent("Owner", p.owner());
        table.addRow().addContent("Created", Projects.time(p.createdAt()));
        table.addRow().addContent("Updated", Projects.time(p.updatedAt()));
        table.print(System.out, !noFormat);
        return null;
    }
}
