package org.aiplatform.tracking.impl.command;

import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.TrackingService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:experiment-list}: a project's experiments, oldest first. */
@Service
@Command(scope = "aip", name = "experiment-list", description = "Lists the experiments of a project")
public class ExperimentListCommand extends ListCommand {
    @Reference
    TrackingService tracking;

    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "project", required = true, description = "Project name or id")
    String project;

    @Override
    public Object execute() {
        String projectId = Consoles.project(projects, project).id();
        ShellTable table = table("No experiments", "Id", "Name", "Lifecycle", "Created", "Description");
        for (Experiment e : tracking.listExperiments(projectId, lifecycle(), page()).items()) {
            table.addRow().addContent(e.id(), e.name(), e.lifecycle(), Consoles.time(e.createdAt()),
                e.description() == null ? "" : e.description());
        }
        print(table);
        return null;
    }
}
