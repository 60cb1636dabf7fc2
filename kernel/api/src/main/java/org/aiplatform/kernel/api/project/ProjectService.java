package org.aiplatform.kernel.api.project;

import java.util.Optional;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates, finds, changes and deletes projects. Every change is audited and posted on EventAdmin under
 * {@code org/aiplatform/kernel/project/<VERB>} with the properties {@link #PROJECT_ID}, {@link #PROJECT_NAME} and
 * {@link #ACTOR}, after it is committed. Permission checks belong to the caller (REST, console).
 *
 * @since 1.0.0
 */
@ProviderType
public interface ProjectService {
    /** Topic of every project event ({@code CREATED}, {@code UPDATED}, {@code ARCHIVED}, …); subscribe with {@code /*}. */
    String TOPIC_PREFIX = "org/aiplatform/kernel/project/";
    String TOPIC_CREATED = TOPIC_PREFIX + "CREATED";
    String TOPIC_UPDATED = TOPIC_PREFIX + "UPDATED";
    String TOPIC_ARCHIVED = TOPIC_PREFIX + "ARCHIVED";
    String TOPIC_RESTORED = TOPIC_PREFIX + "RESTORED";
    String TOPIC_DELETED = TOPIC_PREFIX + "DELETED";
    /** Event property: the project id. */
    String PROJECT_ID = "project.id";
    /** Event property: the project name. */
    String PROJECT_NAME = "project.name";
    /** Event property: the user id of who made the change. */
    String ACTOR = "actor";

    /**
     * @param project the name and description
     * @param actor the user id of the creator, who becomes the owner
     * @return the created project
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE for a bad name or description,
     *         RESOURCE_ALREADY_EXISTS when the name is taken (ignoring case)
     */
    Project create(NewProject project, String actor);

    /**
     * @param id a project id
     * @return the project, or empty
     */
    Optional<Project> find(String id);

    /**
     * @param name a project name, matched ignoring case
     * @return the project, or empty
     */
    Optional<Project> findByName(String name);

    /**
     * @param id a project id
     * @return the project
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST when there is none
     */
    Project get(String id);

    /**
     * @param query the filters
     * @param page the page to read
     * @return the projects ordered by name (ignoring case)
     */
    Page<Project> list(ProjectQuery query, PageRequest page);

    /**
     * Renames, describes, archives or restores. An archived project accepts only a restore (possibly with other
     * changes in the same call).
     *
     * @param id the project id
     * @param changes the changes
     * @param actor the user id making them
     * @return the project after the change
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST, INVALID_PARAMETER_VALUE,
     *         RESOURCE_ALREADY_EXISTS (name taken), INVALID_STATE (changing an archived project)
     */
    Project update(String id, ProjectChanges changes, String actor);

    /**
     * Deletes the project; area bundles drop their content when they see {@link #TOPIC_DELETED}.
     *
     * @param id the project id
     * @param actor the user id deleting it
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST when there is none
     */
    void delete(String id, String actor);
}
