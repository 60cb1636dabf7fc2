package org.aiplatform.tracking.impl.command;

import org.aiplatform.kernel.api.project.ProjectService;
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

/** {@code aip:model-alias}: points an alias of a registered model at a version (moving it), or removes it. */
@Service
@Command(scope = "aip", name = "model-alias",
    description = "Points a model alias at a version, or removes it with --delete")
public class ModelAliasCommand implements Action {
    @Reference
    ModelRegistry registry;

    @Reference
    ProjectService projects;

    @Argument(index = 0, name = "model", required = true, description = "Model id, or name with --project")
    @Completion(ModelNameCompleter.class)
    String model;

    @Argument(index = 1, name = "alias", required = true, description = "The alias, e.g. champion")
    String alias;

    @Argument(index = 2, name = "version", description = "The version it names (not with --delete)")
    Integer version;

    @Option(name = "-p", aliases = "--project", description = "Project name or id of a model given by name")
    @Completion(ProjectNameCompleter.class)
    String project;

    @Option(name = "--delete", description = "Remove the alias")
    boolean delete;

    @Override
    public Object execute() {
        RegisteredModel m = ModelConsoles.model(registry, projects, model, project);
        if (delete) {
            registry.deleteAlias(m.id(), alias);
            System.out.println("Removed alias " + alias + " of model " + m.name());
            return null;
        }
        if (version == null) {
            throw new IllegalArgumentException("Which version? aip:model-alias " + model + " " + alias + " <version>");
        }
        Integer before = m.aliases().get(alias);
        ModelVersion v = registry.setAlias(m.id(), alias, version);
        System.out.println(before == null || before == v.version()
            ? "Alias " + alias + " of model " + m.name() + " names version " + v.version()
            : "Moved alias " + alias + " of model " + m.name() + " from version " + before + " to " + v.version());
        return null;
    }
}
