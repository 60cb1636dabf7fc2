package org.aiplatform.tracking.impl.command;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.TrackingService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:experiment-list}: a project's experiments, oldest first. */
@Service
@Command(scope = "aip", name = "experiment-list", description = "Lists the experiments of a project")
public class ExperimentListCommand implements Action {
    @Reference
    TrackingService tracking;

    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "project", required = true, description = "Project name or id")
    String project;

    @Option(name = "--deleted", description = "Experiments in the trash instead of active ones")
    boolean deleted;

    @Option(name = "-n", aliases = "--limit", description = "Maximum rows (1 to 1000)")
    int limit = 100;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        String projectId = Consoles.project(projects, project).id();
        ShellTable table = new ShellTable().emptyTableText("No experiments");
        table.column("Id");
        table.column("Name");
        table.column("Lifecycle");
        table.column("Created");
        table.column("Description");
        for (Experiment e : tracking.listExperiments(projectId, deleted ? Lifecycle.DELETED : Lifecycle.ACTIVE,
            PageRequest.first(limit)).items()) {
            table.addRow().addContent(e.id(), e.name(), e.lifecycle(), Consoles.time(e.createdAt()),
                e.description() == null ? "" : e.description());
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
