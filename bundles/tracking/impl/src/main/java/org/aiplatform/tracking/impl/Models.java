package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.ModelQuery;
import org.aiplatform.tracking.api.RegisteredModel;

/** The statements on tracking_model and its tags and aliases, in the caller's transaction. */
final class Models {
    static final String TAGS = "SELECT tag_key, tag_value FROM tracking_model_tag WHERE model_id = ?";
    private static final String COLUMNS = "m.id, m.project_id, m.name, m.description, m.user_id, m.created_at,"
        + " m.updated_at";

    private Models() {
    }

    static long insert(Connection c, String projectId, String name, String description, String user, long now)
        throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tracking_model (project_id, name, name_key,"
            + " description, user_id, last_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
            Rows.bind(s, projectId, name, key(name), description, user, now, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** @return the model; RESOURCE_DOES_NOT_EXIST when no model has that id */
    static RegisteredModel get(Connection c, String modelId) throws SQLException {
        Long id = Rows.number(modelId);
        if (id != null) {
            List<RegisteredModel> found = select(c, " WHERE m.id = ?", id);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "model.not_found", modelId);
    }

    /** @return the project's model of that name, ignoring case */
    static RegisteredModel byName(Connection c, String projectId, String name) throws SQLException {
        List<RegisteredModel> found = name == null ? List.of()
            : select(c, " WHERE m.project_id = ? AND m.name_key = ?", projectId, key(name));
        if (found.isEmpty()) {
            throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "model.name_not_found", name);
        }
        return found.get(0);
    }

    /** By name ignoring case; the cursor is the last name_key of the page. */
    static Page<RegisteredModel> search(Connection c, ModelQuery query, PageRequest page) throws SQLException {
        ModelFilter filter = ModelFilter.models(query);
        StringBuilder where = new StringBuilder(filter.where());
        List<Object> args = new ArrayList<>(filter.args());
        if (page.cursor() != null) {
            where.append(" AND m.name_key > ?");
            args.add(page.cursor());
        }
        args.add(page.maxResults() + 1);
        List<RegisteredModel> items = select(c, where + " ORDER BY m.name_key FETCH FIRST ? ROWS ONLY",
            args.toArray());
        return Rows.page(items, page, m -> key(m.name()));
    }

    static void update(Connection c, long id, String name, String description, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_model SET name = ?, name_key = ?,"
            + " description = ?, updated_at = ? WHERE id = ?")) {
            Rows.bind(s, name, key(name), description, now, id);
            s.executeUpdate();
        }
    }

    static void touch(Connection c, long id, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_model SET updated_at = ? WHERE id = ?")) {
            Rows.bind(s, now, id);
            s.executeUpdate();
        }
    }

    /**
     * Bumps the model's version counter; the UPDATE locks the row until the transaction ends, so concurrent
     * creators of versions of one model take turns and each reads its own number.
     *
     * @return the next version number
     */
    static int nextVersion(Connection c, long id, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_model SET last_version = last_version + 1,"
            + " updated_at = ? WHERE id = ?")) {
            Rows.bind(s, now, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT last_version FROM tracking_model WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM tracking_model WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** @return the alias to version map of a model */
    static Map<String, Integer> aliases(Connection c, long id) throws SQLException {
        Map<String, Integer> aliases = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
            "SELECT alias, version FROM tracking_model_alias WHERE model_id = ? ORDER BY alias")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    aliases.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return aliases;
    }

    /** The lookup key of a name: unique per project. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<RegisteredModel> select(Connection c, String where, Object... args) throws SQLException {
        List<RegisteredModel> models = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM tracking_model m" + where)) {
            Rows.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    models.add(new RegisteredModel(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), null, null, rs.getLong(6), rs.getLong(7)));
                }
            }
        }
        List<RegisteredModel> complete = new ArrayList<>();
        for (RegisteredModel m : models) { // pages are small (MLflow's default is 100)
            long id = Long.parseLong(m.id());
            complete.add(new RegisteredModel(m.id(), m.projectId(), m.name(), m.description(), m.user(),
                Rows.pairs(c, TAGS, id), aliases(c, id), m.createdAt(), m.updatedAt()));
        }
        return complete;
    }
}
