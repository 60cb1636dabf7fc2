package org.aiplatform.kernel.impl.command;

import org.aiplatform.kernel.api.project.NewProject;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:project-create}: creates a project owned by the console user. */
@Service
@Command(scope = "aip", name = "project-create", description = "Creates a project")
public class ProjectCreateCommand implements Action {
    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "name", required = true, description = "Unique project name")
    String name;

    @Option(name = "-d", aliases = "--description", description = "What the project is for")
    String description;

    @Override
    public Object execute() {
        Project created = projects.create(new NewProject(name, description), Projects.actor());
        System.out.println("Created project " + created.name() + " (" + created.id() + ")");
        return null;
    }
}
