package org.aiplatform.kernel.impl.command;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectChanges;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.project.ProjectState;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:project-archive}: makes a project read-only, or restores it with {@code --restore}. */
@Service
@Command(scope = "aip", name = "project-archive", description = "Archives a project (read-only) or restores it")
public class ProjectArchiveCommand implements Action {
    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "project", required = true, description = "Project id or name")
    @Completion(ProjectCompleter.class)
    String project;

    @Option(name = "-r", aliases = "--restore", description = "Restore an archived project instead")
    boolean restore;

    @Override
    public Object execute() {
        Project target = Projects.resolve(projects, project);
        ProjectState state = restore ? ProjectState.ACTIVE : ProjectState.ARCHIVED;
        Project after = projects.update(target.id(), ProjectChanges.state(state), Projects.actor());
        System.out.println((restore ? "Restored" : "Archived") + " project " + after.name());
        return null;
    }
}
