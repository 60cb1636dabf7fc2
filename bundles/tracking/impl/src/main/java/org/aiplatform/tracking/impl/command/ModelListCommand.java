package org.aiplatform.tracking.impl.command;

import java.util.Map;
import java.util.stream.Collectors;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.tracking.api.ModelQuery;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.RegisteredModel;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:model-list}: a project's registered models with their newest version and aliases. */
@Service
@Command(scope = "aip", name = "model-list", description = "Lists the registered models of a project")
public class ModelListCommand implements Action {
    @Reference
    ModelRegistry registry;

    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "project", required = true, description = "Project name or id")
    @Completion(ProjectNameCompleter.class)
    String project;

    @Option(name = "-n", aliases = "--limit", description = "Maximum rows (1 to 1000)")
    int limit = 100;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        String projectId = ModelConsoles.project(projects, project).id();
        ShellTable table = new ShellTable().emptyTableText("No registered models");
        table.column("Name");
        table.column("Id");
        table.column("Latest");
        table.column("Stage");
        table.column("Aliases");
        table.column("Updated");
        for (RegisteredModel m : registry.searchModels(ModelQuery.all(projectId), PageRequest.first(limit)).items()) {
            ModelVersion latest = registry.listVersions(m.id(), PageRequest.first(1)).items().stream().findFirst()
                .orElse(null);
            table.addRow().addContent(m.name(), m.id(), latest == null ? "" : latest.version(),
                latest == null ? "" : latest.stage().label(), aliases(m.aliases()), ModelConsoles.time(m.updatedAt()));
        }
        table.print(System.out, !noFormat);
        return null;
    }

    /** @return "champion=v3 challenger=v4" */
    private static String aliases(Map<String, Integer> aliases) {
        return aliases.entrySet().stream().map(a -> a.getKey() + "=v" + a.getValue()).collect(Collectors.joining(" "));
    }
}
