package org.aiplatform.tracking.impl.command;

import java.util.List;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.ProjectQuery;
import org.aiplatform.kernel.api.project.ProjectService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes project names (the first thousand, by name). */
@Service
public class ProjectNameCompleter implements Completer {
    @Reference
    ProjectService projects;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        projects.list(ProjectQuery.everything(), PageRequest.first(PageRequest.MAX_LIMIT)).items()
            .forEach(p -> names.getStrings().add(p.name()));
        return names.complete(session, commandLine, candidates);
    }
}
