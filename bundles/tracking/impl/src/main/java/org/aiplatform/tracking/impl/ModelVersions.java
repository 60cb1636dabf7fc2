package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.ModelQuery;
import org.aiplatform.tracking.api.ModelStage;
import org.aiplatform.tracking.api.ModelVersion;

/** The statements on tracking_model_version and its tags, in the caller's transaction. */
final class ModelVersions {
    private static final String SELECT = "SELECT v.model_id, m.name, v.version, v.source, v.run_id, v.run_link,"
        + " v.description, v.user_id, v.stage, v.created_at, v.updated_at"
        + " FROM tracking_model_version v JOIN tracking_model m ON m.id = v.model_id";

    private ModelVersions() {
    }

    static void insert(Connection c, ModelVersion v) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tracking_model_version (model_id, version,"
            + " source, run_id, run_link, description, user_id, stage, deleted, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            Rows.bind(s, Long.parseLong(v.modelId()), v.version(), v.source(), v.runId(), v.runLink(),
                v.description(), v.user(), v.stage().name(), v.createdAt(), v.updatedAt());
            s.executeUpdate();
        }
    }

    /** @return the live version; RESOURCE_DOES_NOT_EXIST when the model has no such version (or it is deleted) */
    static ModelVersion get(Connection c, long modelId, int version) throws SQLException {
        List<ModelVersion> found = select(c, " WHERE v.model_id = ? AND v.version = ? AND v.deleted = 0",
            modelId, version);
        if (found.isEmpty()) {
            throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "model.version_not_found",
                String.valueOf(version), String.valueOf(modelId));
        }
        return found.get(0);
    }

    /** Newest first; the cursor is the last version number of the page. */
    static Page<ModelVersion> list(Connection c, long modelId, PageRequest page) throws SQLException {
        Long before = page.cursor() == null ? Long.valueOf(Integer.MAX_VALUE) : Rows.number(page.cursor());
        List<ModelVersion> items = select(c, " WHERE v.model_id = ? AND v.deleted = 0 AND v.version < ?"
            + " ORDER BY v.version DESC FETCH FIRST ? ROWS ONLY", modelId, before == null ? 0 : before,
            page.maxResults() + 1);
        return Rows.page(items, page, v -> Integer.toString(v.version()));
    }

    /** By model name, then newest first; the cursor is "version:name_key" of the page's last version. */
    static Page<ModelVersion> search(Connection c, ModelQuery query, PageRequest page) throws SQLException {
        ModelFilter filter = ModelFilter.versions(query);
        StringBuilder where = new StringBuilder(filter.where());
        List<Object> args = new ArrayList<>(filter.args());
        if (page.cursor() != null) {
            String[] parts = page.cursor().split(":", 2);
            Long version = Rows.number(parts[0]);
            where.append(" AND (m.name_key > ? OR (m.name_key = ? AND v.version < ?))");
            String name = parts.length < 2 ? "" : parts[1];
            args.addAll(List.of(name, name, version == null ? 0 : version));
        }
        args.add(page.maxResults() + 1);
        List<ModelVersion> items = select(c, where + " ORDER BY m.name_key, v.version DESC FETCH FIRST ? ROWS ONLY",
            args.toArray());
        return Rows.page(items, page, v -> v.version() + ":" + Models.key(v.modelName()));
    }

    /** @return the newest live version in the stage, or null */
    static ModelVersion latestIn(Connection c, long modelId, ModelStage stage) throws SQLException {
        List<ModelVersion> found = select(c, " WHERE v.model_id = ? AND v.deleted = 0 AND v.stage = ?"
            + " ORDER BY v.version DESC FETCH FIRST 1 ROWS ONLY", modelId, stage.name());
        return found.isEmpty() ? null : found.get(0);
    }

    static void update(Connection c, long modelId, int version, String description, ModelStage stage, long now)
        throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_model_version SET description = ?,"
            + " stage = ?, updated_at = ? WHERE model_id = ? AND version = ?")) {
            Rows.bind(s, description, stage.name(), now, modelId, version);
            s.executeUpdate();
        }
    }

    /** Moves every other live version in the stage to Archived. */
    static void archiveOthers(Connection c, long modelId, int version, ModelStage stage, long now)
        throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_model_version SET stage = ?, updated_at = ?"
            + " WHERE model_id = ? AND version <> ? AND stage = ? AND deleted = 0")) {
            Rows.bind(s, ModelStage.ARCHIVED.name(), now, modelId, version, stage.name());
            s.executeUpdate();
        }
    }

    /** Leaves a tombstone, so the number is not given again; its tags and aliases go. */
    static void delete(Connection c, long modelId, int version, long now) throws SQLException {
        for (String sql : List.of("DELETE FROM tracking_model_version_tag WHERE model_id = ? AND version = ?",
            "DELETE FROM tracking_model_alias WHERE model_id = ? AND version = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                Rows.bind(s, modelId, version);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_model_version SET deleted = 1,"
            + " updated_at = ? WHERE model_id = ? AND version = ?")) {
            Rows.bind(s, now, modelId, version);
            s.executeUpdate();
        }
    }

    /** @return the version's tags by key */
    static Map<String, String> tags(Connection c, long modelId, int version) throws SQLException {
        // the version is an int, safe to inline: Rows.pairs binds one owner
        return Rows.pairs(c, "SELECT tag_key, tag_value FROM tracking_model_version_tag WHERE version = " + version
            + " AND model_id = ?", modelId);
    }

    private static List<ModelVersion> select(Connection c, String where, Object... args) throws SQLException {
        List<ModelVersion> versions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + where)) {
            Rows.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(read(c, rs));
                }
            }
        }
        return versions;
    }

    private static ModelVersion read(Connection c, ResultSet rs) throws SQLException {
        long modelId = rs.getLong(1);
        int version = rs.getInt(3);
        Map<String, String> tags = tags(c, modelId, version);
        List<String> aliases = new ArrayList<>();
        Models.aliases(c, modelId).forEach((alias, v) -> {
            if (v == version) {
                aliases.add(alias);
            }
        });
        return new ModelVersion(Long.toString(modelId), rs.getString(2), version, rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), ModelStage.valueOf(rs.getString(9)), tags, aliases,
            rs.getLong(10), rs.getLong(11));
    }
}
