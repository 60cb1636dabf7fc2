package org.aiplatform.kernel.api.security;

import java.util.Collection;
import java.util.Set;

/**
 * The projects in which a user holds a permission: all of them (a global grant) or a set of project ids.
 *
 * @since 1.0.0
 */
public final class ProjectScope {
    private static final ProjectScope ALL = new ProjectScope(true, Set.of());
    private static final ProjectScope NONE = new ProjectScope(false, Set.of());

    private final boolean all;
    private final Set<String> ids;

    private ProjectScope(boolean all, Set<String> ids) {
        this.all = all;
        this.ids = ids;
    }

    /** @return every project */
    public static ProjectScope all() {
        return ALL;
    }

    /** @return no project */
    public static ProjectScope none() {
        return NONE;
    }

    /**
     * @param projectIds project ids
     * @return exactly those projects
     */
    public static ProjectScope of(Collection<String> projectIds) {
        return projectIds.isEmpty() ? NONE : new ProjectScope(false, Set.copyOf(projectIds));
    }

    /** @return true for a global grant */
    public boolean isAll() {
        return all;
    }

    /** @return the project ids when not {@link #isAll()} */
    public Set<String> ids() {
        return ids;
    }

    /**
     * @param projectId a project id
     * @return true when the scope covers it
     */
    public boolean includes(String projectId) {
        return all || ids.contains(projectId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectScope scope && all == scope.all && ids.equals(scope.ids);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + ids.hashCode();
    }

    @Override
    public String toString() {
        return all ? "ProjectScope[all]" : "ProjectScope" + ids;
    }
}
