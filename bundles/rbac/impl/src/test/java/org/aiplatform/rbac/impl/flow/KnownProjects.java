package org.aiplatform.rbac.impl.flow;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.NewProject;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectChanges;
import org.aiplatform.kernel.api.project.ProjectQuery;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.project.ProjectState;

/** The kernel's projects as the rbac bundle sees them: only existence matters here (the kernel tests the rest). */
final class KnownProjects implements ProjectService {
    private final Set<String> ids;

    KnownProjects(String... ids) {
        this.ids = Set.of(ids);
    }

    @Override
    public Optional<Project> find(String id) {
        return ids.contains(id) ? Optional.of(new Project(id, "project " + id, null, ProjectState.ACTIVE, "system",
            Instant.EPOCH, Instant.EPOCH)) : Optional.empty();
    }

    @Override
    public Project get(String id) {
        return find(id).orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_DOES_NOT_EXIST, "no project " + id));
    }

    @Override
    public Project create(NewProject project, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Project> findByName(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Project> list(ProjectQuery query, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Project update(String id, ProjectChanges changes, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String id, String actor) {
        throw new UnsupportedOperationException();
    }
}
