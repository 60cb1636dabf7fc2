package org.aiplatform.tracking.impl.command;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.TrackingService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:run-list}: an experiment's runs, latest start first. */
@Service
@Command(scope = "aip", name = "run-list", description = "Lists the runs of an experiment")
public class RunListCommand implements Action {
    @Reference
    TrackingService tracking;

    @Argument(index = 0, name = "experiment", required = true, description = "Experiment id")
    @Completion(ExperimentCompleter.class)
    String experiment;

    @Option(name = "--deleted", description = "Runs in the trash instead of active ones")
    boolean deleted;

    @Option(name = "-n", aliases = "--limit", description = "Maximum rows (1 to 1000)")
    int limit = 100;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable().emptyTableText("No runs");
        table.column("Id");
        table.column("Name");
        table.column("Status");
        table.column("User");
        table.column("Started");
        table.column("Ended");
        for (Run r : tracking.listRuns(experiment, deleted ? Lifecycle.DELETED : Lifecycle.ACTIVE,
            PageRequest.first(limit)).items()) {
            table.addRow().addContent(r.id(), r.name(), r.status(), r.user() == null ? "" : r.user(),
                Consoles.time(r.startTime()), Consoles.time(r.endTime()));
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
