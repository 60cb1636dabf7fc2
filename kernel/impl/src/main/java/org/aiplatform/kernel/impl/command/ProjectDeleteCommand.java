package org.aiplatform.kernel.impl.command;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:project-delete}: deletes a project and, through its areas, everything in it. */
@Service
@Command(scope = "aip", name = "project-delete", description = "Deletes a project and everything in it")
public class ProjectDeleteCommand implements Action {
    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "project", required = true, description = "Project id or name")
    @Completion(ProjectCompleter.class)
    String project;

    @Override
    public Object execute() {
        Project target = Projects.resolve(projects, project);
        projects.delete(target.id(), Projects.actor());
        System.out.println("Deleted project " + target.name() + " (" + target.id() + ")");
        return null;
    }
}
