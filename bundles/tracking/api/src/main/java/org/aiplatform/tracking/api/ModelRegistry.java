package org.aiplatform.tracking.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The model registry: registered models of a project, their numbered versions, stages, aliases and tags. Failures
 * are {@code ApiException}s: unknown models, versions or aliases RESOURCE_DOES_NOT_EXIST, bad input
 * INVALID_PARAMETER_VALUE, a taken model name RESOURCE_ALREADY_EXISTS. Callers check permissions (in the model's
 * project); the registry does not. Changes are posted on EventAdmin under {@link #TOPIC_PREFIX}.
 *
 * @since 1.1.0
 */
@ProviderType
public interface ModelRegistry {
    /** Topics: {@code org/aiplatform/tracking/model/<VERB>}, VERB as the constants below. */
    String TOPIC_PREFIX = "org/aiplatform/tracking/model/";
    /** A model was registered. */
    String TOPIC_CREATED = TOPIC_PREFIX + "CREATED";
    /** A model was deleted, with its versions. */
    String TOPIC_DELETED = TOPIC_PREFIX + "DELETED";
    /** A new version was created (properties: project_id, model_id, model_name, version, run_id, source). */
    String TOPIC_VERSION_CREATED = TOPIC_PREFIX + "VERSION_CREATED";
    /** A version changed stage (properties also: stage, previous_stage). */
    String TOPIC_STAGE_CHANGED = TOPIC_PREFIX + "STAGE_CHANGED";
    /**
     * An alias was set or moved (properties also: alias, previous_version when it moved), or deleted (deleted=true,
     * version and previous_version the version it named).
     */
    String TOPIC_ALIAS_CHANGED = TOPIC_PREFIX + "ALIAS_CHANGED";

    /**
     * @param projectId the owning project
     * @param name unique in the project, ignoring case
     * @param description or null
     * @param tags or null
     * @param user who registers it
     * @return the new model
     */
    RegisteredModel createModel(String projectId, String name, String description, Map<String, String> tags,
                                String user);

    /** @return the model */
    RegisteredModel getModel(String modelId);

    /** @return the project's model of that name, ignoring case */
    RegisteredModel findModel(String projectId, String name);

    /** @return the matching models, by name (ignoring case) */
    Page<RegisteredModel> searchModels(ModelQuery query, PageRequest page);

    /**
     * Changes a model in one transaction.
     *
     * @param name a new name, unique in the project, or null
     * @param description a new description, or null
     * @param tags tags to set; a null value removes that tag; tags not named stay. Or null
     * @return the model after the change
     */
    RegisteredModel updateModel(String modelId, String name, String description, Map<String, String> tags);

    /** Deletes the model with its versions, tags and aliases, for good (as MLflow does). */
    void deleteModel(String modelId);

    /** Sets (or replaces) a tag of the model. */
    RegisteredModel setModelTag(String modelId, String key, String value);

    /** Removes a tag of the model; RESOURCE_DOES_NOT_EXIST when it has none of that key. */
    RegisteredModel deleteModelTag(String modelId, String key);

    /**
     * @param version where the files are and what made them; the run must belong to the model's project
     * @param user who creates it
     * @return the new version, numbered one after the highest the model ever had, READY, in stage None
     */
    ModelVersion createVersion(String modelId, NewModelVersion version, String user);

    /** @return the version */
    ModelVersion getVersion(String modelId, int version);

    /** @return the model's versions, newest first */
    Page<ModelVersion> listVersions(String modelId, PageRequest page);

    /** @return the matching versions of the project's models, by model name then newest first */
    Page<ModelVersion> searchVersions(ModelQuery query, PageRequest page);

    /**
     * Changes a version's description and tags in one transaction.
     *
     * @param description a new description, or null
     * @param tags tags to set; a null value removes that tag; tags not named stay. Or null
     * @return the version after the change
     */
    ModelVersion updateVersion(String modelId, int version, String description, Map<String, String> tags);

    /**
     * @param stage the new stage
     * @param archiveExisting move the other versions in that stage (Staging or Production only) to Archived
     * @return the version in its new stage
     */
    ModelVersion transitionStage(String modelId, int version, ModelStage stage, boolean archiveExisting);

    /** Deletes a version and the aliases pointing at it; its number is not reused. */
    void deleteVersion(String modelId, int version);

    /** Sets (or replaces) a tag of a version. */
    ModelVersion setVersionTag(String modelId, int version, String key, String value);

    /** Removes a tag of a version; RESOURCE_DOES_NOT_EXIST when it has none of that key. */
    ModelVersion deleteVersionTag(String modelId, int version, String key);

    /**
     * Points an alias at a version, moving it when it pointed elsewhere.
     *
     * @param alias {@code [\w-]*}, 1 to 255 characters, not {@code latest} nor {@code v<digits>}
     * @return the version it now points at
     */
    ModelVersion setAlias(String modelId, String alias, int version);

    /** Removes an alias; RESOURCE_DOES_NOT_EXIST when the model has no such alias. */
    void deleteAlias(String modelId, String alias);

    /** @return the version the alias points at */
    ModelVersion resolveAlias(String modelId, String alias);

    /**
     * @param stages the stages asked for, or empty for all
     * @return per stage asked for, the newest version in it, ordered by version
     */
    List<ModelVersion> latestVersions(String modelId, Set<ModelStage> stages);
}
