package org.aiplatform.tracking.mlflow;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.project.NewProject;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * MLflow has no projects: a request works in the project its {@code X-AIP-Project} header names (by id or name),
 * or else in the configured default project, which is created on first use. The platform creates it (actor
 * {@code system}), so nobody becomes its owner by chance: administrators grant roles in it like in any project.
 */
@Component(service = MlflowProjects.class, configurationPid = MlflowConfig.PID)
@Designate(ocd = MlflowConfig.class)
public class MlflowProjects {
    static final String ACTOR = "system";

    private final ProjectService projects;
    private volatile String defaultName;

    @Activate
    public MlflowProjects(@Reference ProjectService projects, MlflowConfig config) {
        this.projects = projects;
        modified(config);
    }

    @Modified
    void modified(MlflowConfig config) {
        this.defaultName = config.default_project();
    }

    /**
     * @param header the {@code X-AIP-Project} header, or null
     * @return the id of the project the request works in
     * @throws ApiException RESOURCE_DOES_NOT_EXIST when the header names no project
     */
    public String resolve(String header) {
        if (header != null && !header.isBlank()) {
            String wanted = header.trim();
            return projects.find(wanted).or(() -> projects.findByName(wanted)).map(Project::id)
                .orElseThrow(() -> MlflowMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST,
                    "project.not_found", wanted));
        }
        String name = defaultName;
        return projects.findByName(name).map(Project::id).orElseGet(() -> createDefault(name));
    }

    private String createDefault(String name) {
        try {
            return projects.create(new NewProject(name, "Where MLflow clients log without an X-AIP-Project header"),
                ACTOR).id();
        } catch (ApiException e) {
            if (e.code() != ErrorCode.RESOURCE_ALREADY_EXISTS) {
                throw e;
            }
            // another request created it first
            return projects.findByName(name).map(Project::id).orElseThrow(() -> e);
        }
    }
}
