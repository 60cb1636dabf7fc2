package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;

/** The statements on tracking_experiment, in the caller's transaction. */
final class Experiments {
    static final String COLUMNS = "id, project_id, name, description, lifecycle, created_at, updated_at";
    private static final String TAGS = "SELECT tag_key, tag_value FROM tracking_experiment_tag";

    private Experiments() {
    }

    static long insert(Connection c, String projectId, String name, String description, long now)
        throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tracking_experiment"
            + " (project_id, name, description, lifecycle, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
            Rows.bind(s, projectId, name, description, Lifecycle.ACTIVE.name(), now, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** @return the experiment; RESOURCE_DOES_NOT_EXIST when no experiment has that id */
    static Experiment get(Connection c, String experimentId) throws SQLException {
        Long id = Rows.number(experimentId);
        if (id != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM tracking_experiment WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return read(rs, Rows.pairs(c, TAGS + " WHERE experiment_id = ?", id));
                    }
                }
            }
        }
        throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "experiment.not_found", experimentId);
    }

    /** Oldest first; the cursor is the last id of the page. */
    static Page<Experiment> list(Connection c, String projectId, Lifecycle lifecycle, PageRequest page)
        throws SQLException {
        Long after = page.cursor() == null ? Long.valueOf(-1) : Rows.number(page.cursor());
        if (after == null) {
            after = Long.MAX_VALUE; // a cursor we did not write names an empty rest
        }
        String sql = "SELECT " + COLUMNS + " FROM tracking_experiment WHERE project_id = ? AND id > ?"
            + (lifecycle == null ? "" : " AND lifecycle = ?") + " ORDER BY id FETCH FIRST ? ROWS ONLY";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Object[] args = lifecycle == null ? new Object[] {projectId, after, page.maxResults() + 1}
                : new Object[] {projectId, after, lifecycle.name(), page.maxResults() + 1};
            Rows.bind(s, args);
            List<Experiment> items = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs, Map.of()));
                }
            }
            return Rows.page(withTags(c, items), page, Experiment::id);
        }
    }

    static void writeTags(Connection c, long id, Map<String, String> tags) throws SQLException {
        RunValues.writeTags(c, "tracking_experiment_tag", "experiment_id", id, tags,
            Rows.pairs(c, TAGS + " WHERE experiment_id = ?", id));
    }

    /** One query for the tags of a page: its ids are ascending, so they lie between the first and the last. */
    private static List<Experiment> withTags(Connection c, List<Experiment> items) throws SQLException {
        if (items.isEmpty()) {
            return items;
        }
        Map<String, Map<String, String>> tags = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT experiment_id, tag_key, tag_value"
            + " FROM tracking_experiment_tag WHERE experiment_id BETWEEN ? AND ? ORDER BY tag_key")) {
            s.setLong(1, Long.parseLong(items.get(0).id()));
            s.setLong(2, Long.parseLong(items.get(items.size() - 1).id()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(Long.toString(rs.getLong(1)), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3));
                }
            }
        }
        List<Experiment> tagged = new ArrayList<>();
        for (Experiment e : items) {
            tagged.add(new Experiment(e.id(), e.projectId(), e.name(), e.description(), tags.get(e.id()),
                e.lifecycle(), e.createdAt(), e.updatedAt()));
        }
        return tagged;
    }

    static void update(Connection c, Experiment changed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_experiment SET name = ?, description = ?,"
            + " lifecycle = ?, updated_at = ? WHERE id = ?")) {
            Rows.bind(s, changed.name(), changed.description(), changed.lifecycle().name(), changed.updatedAt(),
                Long.parseLong(changed.id()));
            s.executeUpdate();
        }
    }

    /** @return the experiment of a row whose first columns are {@link #COLUMNS} */
    static Experiment read(ResultSet rs, Map<String, String> tags) throws SQLException {
        return new Experiment(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
            tags, Lifecycle.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7));
    }
}
