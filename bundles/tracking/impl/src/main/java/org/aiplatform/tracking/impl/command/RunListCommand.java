package org.aiplatform.tracking.impl.command;

import java.util.List;

import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunDetails;
import org.aiplatform.tracking.api.RunQuery;
import org.aiplatform.tracking.api.TrackingSearch;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:run-list}: an experiment's runs, latest start first, optionally filtered with the search language. */
@Service
@Command(scope = "aip", name = "run-list", description = "Lists the runs of an experiment")
public class RunListCommand extends ListCommand {
    @Reference
    TrackingSearch search;

    @Argument(index = 0, name = "experiment", required = true, description = "Experiment id")
    @Completion(ExperimentCompleter.class)
    String experiment;

    @Option(name = "-f", aliases = "--filter", description = "Only runs matching this filter, e.g."
        + " \"metrics.loss < 0.5 OR params.lr = '0.1'\" (see README: Search)")
    String filter;

    @Override
    public Object execute() {
        ShellTable table = table("No runs", "Id", "Name", "Status", "User", "Started", "Ended");
        RunQuery query = new RunQuery(List.of(experiment), filter, List.of(), lifecycle(), page());
        for (Run r : search.searchRuns(query).items().stream().map(RunDetails::info).toList()) {
            table.addRow().addContent(r.id(), r.name(), r.status(), r.user() == null ? "" : r.user(),
                Consoles.time(r.startTime()), Consoles.time(r.endTime()));
        }
        print(table);
        return null;
    }
}
