package org.aiplatform.tracking.impl.command;

import java.util.List;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectQuery;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.TrackingService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the ids of active experiments (of the first hundred projects, a hundred each). */
@Service
public class ExperimentCompleter implements Completer {
    private static final int EACH = 100;

    @Reference
    ProjectService projects;

    @Reference
    TrackingService tracking;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        for (Project p : projects.list(ProjectQuery.everything(), PageRequest.first(EACH)).items()) {
            for (Experiment e : tracking.listExperiments(p.id(), Lifecycle.ACTIVE, PageRequest.first(EACH)).items()) {
                ids.getStrings().add(e.id());
            }
        }
        return ids.complete(session, commandLine, candidates);
    }
}
