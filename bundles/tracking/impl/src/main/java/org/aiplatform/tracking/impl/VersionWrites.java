package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;
import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.ModelStage;
import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.NewModelVersion;
import org.aiplatform.tracking.api.RegisteredModel;

/** The registry's writes that announce themselves: new versions, stage transitions, alias moves. */
final class VersionWrites {
    private final Jdbc jdbc;
    private final Clock clock;
    private final RegistryEvents events;

    VersionWrites(Jdbc jdbc, Clock clock, RegistryEvents events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A change and the project of its model, for the event. */
    private record Change(String projectId, ModelVersion version, Map<String, Object> extra) {
    }

    ModelVersion create(String modelId, NewModelVersion spec, String user) {
        String source = BatchLimits.text("source", spec.source(), RegistryRules.MAX_URI);
        String runId = spec.runId() == null || spec.runId().isEmpty() ? null : spec.runId();
        String runLink = RegistryRules.optional("run_link", spec.runLink(), RegistryRules.MAX_URI);
        RegistryRules.description(spec.description());
        Map<String, String> tags = RegistryRules.tags(spec.tags());
        Change change = jdbc.inTransaction(c -> {
            RegisteredModel model = Models.get(c, modelId);
            // a run of another project would link the model past that project's permission checks
            if (runId != null && !Experiments.get(c, Runs.get(c, runId).experimentId()).projectId()
                .equals(model.projectId())) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "model.run_elsewhere", runId);
            }
            long id = Long.parseLong(model.id());
            long now = clock.millis();
            int number = Models.nextVersion(c, id, now);
            ModelVersions.insert(c, new ModelVersion(model.id(), model.name(), number, source, runId, runLink,
                spec.description(), user, ModelStage.NONE, null, null, now, now));
            RegistryTags.set(c, RegistryTags.VERSION, tags, id, number);
            return new Change(model.projectId(), ModelVersions.get(c, id, number), Map.of());
        });
        events.version(ModelRegistry.TOPIC_VERSION_CREATED, change.projectId(), change.version(), change.extra());
        return change.version();
    }

    ModelVersion transition(String modelId, int version, ModelStage stage, boolean archiveExisting) {
        if (stage == null) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.required", "stage");
        }
        if (archiveExisting && stage != ModelStage.STAGING && stage != ModelStage.PRODUCTION) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "model.archive_stage", stage.label());
        }
        Change change = jdbc.inTransaction(c -> {
            RegisteredModel model = Models.get(c, modelId);
            long id = Long.parseLong(model.id());
            ModelVersion before = ModelVersions.get(c, id, version);
            long now = clock.millis();
            if (archiveExisting) {
                ModelVersions.archiveOthers(c, id, version, stage, now);
            }
            ModelVersions.update(c, id, version, before.description(), stage, now);
            Models.touch(c, id, now);
            return new Change(model.projectId(), ModelVersions.get(c, id, version),
                Map.of("previous_stage", before.stage().label()));
        });
        events.version(ModelRegistry.TOPIC_STAGE_CHANGED, change.projectId(), change.version(), change.extra());
        return change.version();
    }

    ModelVersion alias(String modelId, String alias, int version) {
        Change change = RegistryTags.retryRace(() -> jdbc.inTransaction(c -> {
            RegisteredModel model = Models.get(c, modelId);
            long id = Long.parseLong(model.id());
            ModelVersion target = ModelVersions.get(c, id, version);
            Integer previous = model.aliases().get(alias);
            if (previous == null) {
                write(c, "INSERT INTO tracking_model_alias (version, model_id, alias) VALUES (?, ?, ?)", version, id,
                    alias);
            } else {
                write(c, "UPDATE tracking_model_alias SET version = ? WHERE model_id = ? AND alias = ?", version, id,
                    alias);
            }
            Map<String, Object> extra = new HashMap<>(Map.of("alias", alias));
            if (previous != null) {
                extra.put("previous_version", previous);
            }
            return new Change(model.projectId(), ModelVersions.get(c, id, target.version()), extra);
        }));
        events.version(ModelRegistry.TOPIC_ALIAS_CHANGED, change.projectId(), change.version(), change.extra());
        return change.version();
    }

    void deleteAlias(String modelId, String alias) {
        Change change = jdbc.inTransaction(c -> {
            RegisteredModel model = Models.get(c, modelId);
            Integer previous = model.aliases().get(alias);
            if (previous == null) {
                throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "model.alias_not_found", alias, modelId);
            }
            long id = Long.parseLong(model.id());
            ModelVersion was = ModelVersions.get(c, id, previous);
            write(c, "DELETE FROM tracking_model_alias WHERE model_id = ? AND alias = ?", id, alias);
            return new Change(model.projectId(), was, Map.of("alias", alias, "previous_version", previous,
                "deleted", Boolean.TRUE));
        });
        events.version(ModelRegistry.TOPIC_ALIAS_CHANGED, change.projectId(), change.version(), change.extra());
    }

    private static void write(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Rows.bind(s, args);
            s.executeUpdate();
        }
    }
}
