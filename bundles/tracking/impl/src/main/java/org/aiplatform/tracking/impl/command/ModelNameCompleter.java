package org.aiplatform.tracking.impl.command;

import java.util.List;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectQuery;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.tracking.api.ModelQuery;
import org.aiplatform.tracking.api.ModelRegistry;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes model ids and names, of the first hundred projects (a name is used with --project). */
@Service
public class ModelNameCompleter implements Completer {
    @Reference
    ProjectService projects;

    @Reference
    ModelRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        for (Project p : projects.list(ProjectQuery.everything(), PageRequest.first(100)).items()) {
            registry.searchModels(ModelQuery.all(p.id()), PageRequest.first(PageRequest.MAX_LIMIT)).items()
                .forEach(m -> {
                    names.getStrings().add(m.name());
                    names.getStrings().add(m.id());
                });
        }
        return names.complete(session, commandLine, candidates);
    }
}
