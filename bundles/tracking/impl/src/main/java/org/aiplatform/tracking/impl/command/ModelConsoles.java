package org.aiplatform.tracking.impl.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.RegisteredModel;

/** What the registry commands share: finding a project or a model by id or name, time formatting. */
final class ModelConsoles {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneId.systemDefault());

    private ModelConsoles() {
    }

    /** @throws IllegalArgumentException (printed by the console) when nothing matches */
    static Project project(ProjectService projects, String idOrName) {
        return projects.find(idOrName).or(() -> projects.findByName(idOrName))
            .orElseThrow(() -> new IllegalArgumentException("No project with id or name '" + idOrName + "'"));
    }

    /**
     * @param model a model id, or a name in the project
     * @param project the project of a model given by name, or null
     */
    static RegisteredModel model(ModelRegistry registry, ProjectService projects, String model, String project) {
        if (project != null) {
            return registry.findModel(project(projects, project).id(), model);
        }
        if (!model.matches("[0-9]+")) {
            throw new IllegalArgumentException("A model name needs its project: --project <project> " + model);
        }
        return registry.getModel(model);
    }

    static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }
}
