package org.aiplatform.kernel.api.project;

import java.time.Instant;

/**
 * A project as callers see it.
 *
 * @param id the stable id (32 hex characters)
 * @param name the unique name (unique ignoring case)
 * @param description free text, may be null
 * @param state active or archived
 * @param owner the id of the user who created it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @since 1.0.0
 */
public record Project(String id, String name, String description, ProjectState state, String owner,
                      Instant createdAt, Instant updatedAt) {

    /** @return true when the project accepts changes to its content */
    public boolean isActive() {
        return state == ProjectState.ACTIVE;
    }
}
