package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;
import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_ALREADY_EXISTS;
import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.persistence.SqlErrors;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.tracking.api.ModelQuery;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.ModelStage;
import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.NewModelVersion;
import org.aiplatform.tracking.api.RegisteredModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** The model registry on the platform database, in plain JDBC beside the tracking store. */
@Component(service = ModelRegistry.class)
public class JdbcModelRegistry implements ModelRegistry {
    private final Jdbc jdbc;
    private final Clock clock;
    private final RegistryEvents events;
    private final VersionWrites versions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    /** The schema reference makes the component wait until Flyway has migrated the tracking tables. */
    @Activate
    public JdbcModelRegistry(@Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                             @Reference(target = "(aiplatform.schema=tracking)") Schema schema) {
        this(dataSource, Clock.systemUTC(), null);
    }

    /** @param events the EventAdmin of tests; the component's own dynamic reference when null */
    JdbcModelRegistry(DataSource dataSource, Clock clock, EventAdmin events) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
        this.events = new RegistryEvents(events == null ? () -> eventAdmin : () -> events);
        this.versions = new VersionWrites(jdbc, clock, this.events);
    }

    @Override
    public RegisteredModel createModel(String projectId, String name, String description, Map<String, String> tags,
                                       String user) {
        BatchLimits.text("project_id", projectId, 64);
        RegistryRules.name(name);
        RegistryRules.description(description);
        Map<String, String> checked = RegistryRules.tags(tags);
        long now = clock.millis();
        RegisteredModel created = uniqueName(name, () -> jdbc.inTransaction(c -> {
            long id = Models.insert(c, projectId, name, description, user, now);
            RegistryTags.set(c, RegistryTags.MODEL, checked, id);
            return Models.get(c, Long.toString(id));
        }));
        events.model(TOPIC_CREATED, created);
        return created;
    }

    @Override
    public RegisteredModel getModel(String modelId) {
        return jdbc.inTransaction(c -> Models.get(c, modelId));
    }

    @Override
    public RegisteredModel findModel(String projectId, String name) {
        return jdbc.inTransaction(c -> Models.byName(c, projectId, name));
    }

    @Override
    public Page<RegisteredModel> searchModels(ModelQuery query, PageRequest page) {
        Objects.requireNonNull(query.projectId(), "projectId");
        return jdbc.inTransaction(c -> Models.search(c, query, page));
    }

    @Override
    public RegisteredModel updateModel(String modelId, String name, String description, Map<String, String> tags) {
        if (name != null) {
            RegistryRules.name(name);
        }
        RegistryRules.description(description);
        TagChanges changes = TagChanges.of(tags);
        return uniqueName(name, () -> RegistryTags.retryRace(() -> jdbc.inTransaction(c -> {
            RegisteredModel m = Models.get(c, modelId);
            long id = Long.parseLong(m.id());
            Models.update(c, id, name == null ? m.name() : name,
                description == null ? m.description() : description, clock.millis());
            changes.apply(c, RegistryTags.MODEL, id);
            return Models.get(c, modelId);
        })));
    }

    @Override
    public void deleteModel(String modelId) {
        RegisteredModel deleted = jdbc.inTransaction(c -> {
            RegisteredModel m = Models.get(c, modelId);
            Models.delete(c, Long.parseLong(m.id())); // versions, tags and aliases cascade
            return m;
        });
        events.model(TOPIC_DELETED, deleted);
    }

    @Override
    public RegisteredModel setModelTag(String modelId, String key, String value) {
        Map<String, String> tag = RegistryRules.tags(singleTag(key, value));
        return RegistryTags.retryRace(() -> jdbc.inTransaction(c -> {
            long id = Long.parseLong(Models.get(c, modelId).id());
            RegistryTags.set(c, RegistryTags.MODEL, tag, id);
            return Models.get(c, modelId);
        }));
    }

    @Override
    public RegisteredModel deleteModelTag(String modelId, String key) {
        return jdbc.inTransaction(c -> {
            long id = Long.parseLong(Models.get(c, modelId).id());
            RegistryTags.delete(c, RegistryTags.MODEL, key, true, id);
            return Models.get(c, modelId);
        });
    }

    @Override
    public ModelVersion createVersion(String modelId, NewModelVersion version, String user) {
        return versions.create(modelId, version, user);
    }

    @Override
    public ModelVersion getVersion(String modelId, int version) {
        return jdbc.inTransaction(c -> ModelVersions.get(c, id(c, modelId), version));
    }

    @Override
    public Page<ModelVersion> listVersions(String modelId, PageRequest page) {
        return jdbc.inTransaction(c -> ModelVersions.list(c, id(c, modelId), page));
    }

    @Override
    public Page<ModelVersion> searchVersions(ModelQuery query, PageRequest page) {
        Objects.requireNonNull(query.projectId(), "projectId");
        return jdbc.inTransaction(c -> ModelVersions.search(c, query, page));
    }

    @Override
    public ModelVersion updateVersion(String modelId, int version, String description, Map<String, String> tags) {
        RegistryRules.description(description);
        TagChanges changes = TagChanges.of(tags);
        return RegistryTags.retryRace(() -> jdbc.inTransaction(c -> {
            long id = id(c, modelId);
            ModelVersion v = ModelVersions.get(c, id, version);
            ModelVersions.update(c, id, version, description == null ? v.description() : description, v.stage(),
                clock.millis());
            changes.apply(c, RegistryTags.VERSION, id, version);
            return ModelVersions.get(c, id, version);
        }));
    }

    @Override
    public ModelVersion transitionStage(String modelId, int version, ModelStage stage, boolean archiveExisting) {
        return versions.transition(modelId, version, stage, archiveExisting);
    }

    @Override
    public void deleteVersion(String modelId, int version) {
        jdbc.inTransaction(c -> {
            long id = id(c, modelId);
            ModelVersions.get(c, id, version);
            ModelVersions.delete(c, id, version, clock.millis());
            return null;
        });
    }

    @Override
    public ModelVersion setVersionTag(String modelId, int version, String key, String value) {
        Map<String, String> tag = RegistryRules.tags(singleTag(key, value));
        return RegistryTags.retryRace(() -> jdbc.inTransaction(c -> {
            long id = id(c, modelId);
            ModelVersions.get(c, id, version);
            RegistryTags.set(c, RegistryTags.VERSION, tag, id, version);
            return ModelVersions.get(c, id, version);
        }));
    }

    @Override
    public ModelVersion deleteVersionTag(String modelId, int version, String key) {
        return jdbc.inTransaction(c -> {
            long id = id(c, modelId);
            ModelVersions.get(c, id, version);
            RegistryTags.delete(c, RegistryTags.VERSION, key, true, id, version);
            return ModelVersions.get(c, id, version);
        });
    }

    @Override
    public ModelVersion setAlias(String modelId, String alias, int version) {
        return versions.alias(modelId, RegistryRules.alias(alias), version);
    }

    @Override
    public void deleteAlias(String modelId, String alias) {
        versions.deleteAlias(modelId, alias);
    }

    @Override
    public ModelVersion resolveAlias(String modelId, String alias) {
        return jdbc.inTransaction(c -> {
            long id = id(c, modelId);
            Integer version = alias == null ? null : Models.aliases(c, id).get(alias);
            if (version == null) {
                throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "model.alias_not_found", alias, modelId);
            }
            return ModelVersions.get(c, id, version);
        });
    }

    @Override
    public List<ModelVersion> latestVersions(String modelId, Set<ModelStage> stages) {
        Set<ModelStage> wanted = stages == null || stages.isEmpty() ? EnumSet.allOf(ModelStage.class)
            : EnumSet.copyOf(stages);
        return jdbc.inTransaction(c -> {
            long id = id(c, modelId);
            List<ModelVersion> latest = new ArrayList<>();
            for (ModelStage stage : wanted) {
                ModelVersion v = ModelVersions.latestIn(c, id, stage);
                if (v != null) {
                    latest.add(v);
                }
            }
            latest.sort((a, b) -> Integer.compare(a.version(), b.version()));
            return latest;
        });
    }

    private static long id(Connection c, String modelId) throws SQLException {
        return Long.parseLong(Models.get(c, modelId).id());
    }

    private static Map<String, String> singleTag(String key, String value) {
        if (key == null) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.required", "tag key");
        }
        Map<String, String> tag = new HashMap<>(); // Map.of refuses a null value, which must be a 400
        tag.put(key, value);
        return tag;
    }

    /** The unique index decides when two writers race for a name; the loser gets RESOURCE_ALREADY_EXISTS. */
    private static <R> R uniqueName(String name, Supplier<R> write) {
        try {
            return write.get();
        } catch (IllegalStateException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw TrackingMessages.get().error(RESOURCE_ALREADY_EXISTS, "model.name_taken", name);
            }
            throw e;
        }
    }
}
