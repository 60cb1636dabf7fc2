package org.aiplatform.kernel.api.project;

/**
 * A partial update: null fields stay as they are; an empty description clears it.
 *
 * @param name the new name, or null
 * @param description the new description, or null
 * @param state {@link ProjectState#ARCHIVED} to archive, {@link ProjectState#ACTIVE} to restore, or null
 * @since 1.0.0
 */
public record ProjectChanges(String name, String description, ProjectState state) {

    /**
     * @param state the target state
     * @return a change of state only
     */
    public static ProjectChanges state(ProjectState state) {
        return new ProjectChanges(null, null, state);
    }

    /** @return true when nothing would change */
    public boolean isEmpty() {
        return name == null && description == null && state == null;
    }
}
