package org.aiplatform.tracking.impl.command;

import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.TrackingService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:run-list}: an experiment's runs, latest start first. */
@Service
@Command(scope = "aip", name = "run-list", description = "Lists the runs of an experiment")
public class RunListCommand extends ListCommand {
    @Reference
    TrackingService tracking;

    @Argument(index = 0, name = "experiment", required = true, description = "Experiment id")
    @Completion(ExperimentCompleter.class)
    String experiment;

    @Override
    public Object execute() {
        ShellTable table = table("No runs", "Id", "Name", "Status", "User", "Started", "Ended");
        for (Run r : tracking.listRuns(experiment, lifecycle(), page()).items()) {
            table.addRow().addContent(r.id(), r.name(), r.status(), r.user() == null ? "" : r.user(),
                Consoles.time(r.startTime()), Consoles.time(r.endTime()));
        }
        print(table);
        return null;
    }
}
