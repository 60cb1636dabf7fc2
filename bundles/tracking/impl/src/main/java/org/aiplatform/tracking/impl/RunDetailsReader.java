package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunDetails;

/** Reads what a page of runs logged with one query per table for the whole page, never one per run. */
final class RunDetailsReader {
    private RunDetailsReader() {
    }

    static List<RunDetails> read(Connection c, List<Run> runs) throws SQLException {
        if (runs.isEmpty()) {
            return List.of();
        }
        List<Object> ids = runs.stream().<Object>map(Run::id).toList();
        Map<Object, Map<String, String>> params = pairs(c, "tracking_param", "run_id", "param_key", "param_value",
            ids);
        Map<Object, Map<String, String>> tags = pairs(c, "tracking_tag", "run_id", "tag_key", "tag_value", ids);
        Map<String, List<MetricPoint>> metrics = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, metric_key, metric_value, special, ts, step"
            + " FROM tracking_latest_metric WHERE run_id IN " + markers(ids.size()) + " ORDER BY metric_key")) {
            Rows.bind(s, ids.toArray());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    metrics.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(MetricWriter.read(rs));
                }
            }
        }
        List<RunDetails> details = new ArrayList<>();
        for (Run run : runs) {
            details.add(new RunDetails(run, params.get(run.id()), tags.get(run.id()), metrics.get(run.id())));
        }
        return details;
    }

    /**
     * @param ids owners of one type (run ids, or experiment ids as Long)
     * @return key/value pairs by owner, for the owners that have any
     */
    static Map<Object, Map<String, String>> pairs(Connection c, String table, String owner, String key,
                                                  String value, List<Object> ids) throws SQLException {
        Map<Object, Map<String, String>> pairs = new HashMap<>();
        if (ids.isEmpty()) {
            return pairs;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + owner + ", " + key + ", " + value + " FROM "
            + table + " WHERE " + owner + " IN " + markers(ids.size()))) {
            Rows.bind(s, ids.toArray());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pairs.computeIfAbsent(rs.getObject(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3));
                }
            }
        }
        return pairs;
    }

    static String markers(int count) {
        StringJoiner markers = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < count; i++) {
            markers.add("?");
        }
        return markers.toString();
    }
}
