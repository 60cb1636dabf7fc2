package org.aiplatform.kernel.api.project;

import java.util.Objects;

import org.aiplatform.kernel.api.security.ProjectScope;

/**
 * Which projects to list, ordered by name.
 *
 * @param state only projects in this state, or null for all
 * @param nameContains only names containing this text ignoring case, or null
 * @param scope only projects in this scope (what the caller may read)
 * @since 1.0.0
 */
public record ProjectQuery(ProjectState state, String nameContains, ProjectScope scope) {

    /**
     * @param state the state filter
     * @param nameContains the name filter
     * @param scope the visibility scope
     */
    public ProjectQuery {
        Objects.requireNonNull(scope, "scope");
    }

    /** @return every project in any state */
    public static ProjectQuery everything() {
        return new ProjectQuery(null, null, ProjectScope.all());
    }
}
