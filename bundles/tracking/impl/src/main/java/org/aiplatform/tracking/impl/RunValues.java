package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Writes params and tags (of runs and of experiments) with JDBC batches, in the caller's transaction. */
final class RunValues {
    private RunValues() {
    }

    /** Inserts the params not stored yet; the same value again writes nothing. */
    static void insertParams(Connection c, String runId, Map<String, String> params, Map<String, String> stored)
        throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "INSERT INTO tracking_param (run_id, param_key, param_value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> param : params.entrySet()) {
                if (!stored.containsKey(param.getKey())) {
                    Rows.bind(s, runId, param.getKey(), param.getValue());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    /**
     * Tags may change: new keys are inserted, known ones updated.
     *
     * @param table tracking_tag or tracking_experiment_tag
     * @param owner the owner column of that table
     */
    static void writeTags(Connection c, String table, String owner, Object ownerId, Map<String, String> tags,
                          Map<String, String> stored) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + table + " (" + owner + ", tag_key, tag_value) VALUES (?, ?, ?)");
             PreparedStatement update = c.prepareStatement(
                 "UPDATE " + table + " SET tag_value = ? WHERE " + owner + " = ? AND tag_key = ?")) {
            for (Map.Entry<String, String> tag : tags.entrySet()) {
                if (stored.containsKey(tag.getKey())) {
                    Rows.bind(update, tag.getValue(), ownerId, tag.getKey());
                    update.addBatch();
                } else {
                    Rows.bind(insert, ownerId, tag.getKey(), tag.getValue());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }
}
