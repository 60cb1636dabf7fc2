package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiplatform.tracking.api.MetricPoint;

/**
 * Appends metric points with one JDBC batch and keeps the latest point per key and the rollups, in the caller's
 * transaction.
 */
final class MetricWriter {
    /** Which of two points of a key is the latest: MLflow's order, highest step, then timestamp. */
    static final Comparator<MetricPoint> LATEST =
        Comparator.comparingLong(MetricPoint::step).thenComparingLong(MetricPoint::timestamp);

    private MetricWriter() {
    }

    static void write(Connection c, String runId, List<MetricPoint> points) throws SQLException {
        if (points.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO tracking_metric"
            + " (run_id, metric_key, metric_value, special, ts, step) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (MetricPoint p : points) {
                bind(insert, runId, p);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        MetricRollups.add(c, runId, points);
        for (MetricPoint latest : latestPerKey(points).values()) {
            keepLatest(c, runId, latest);
        }
    }

    static MetricPoint read(ResultSet rs) throws SQLException {
        return new MetricPoint(rs.getString("metric_key"),
            MetricValues.value(rs.getDouble("metric_value"), rs.getInt("special")), rs.getLong("ts"),
            rs.getLong("step"));
    }

    private static Map<String, MetricPoint> latestPerKey(List<MetricPoint> points) {
        Map<String, MetricPoint> latest = new LinkedHashMap<>();
        for (MetricPoint p : points) {
            latest.merge(p.key(), p, (a, b) -> LATEST.compare(b, a) >= 0 ? b : a);
        }
        return latest;
    }

    private static void keepLatest(Connection c, String runId, MetricPoint point) throws SQLException {
        MetricPoint stored = storedLatest(c, runId, point.key());
        if (stored == null) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO tracking_latest_metric"
                + " (run_id, metric_key, metric_value, special, ts, step) VALUES (?, ?, ?, ?, ?, ?)")) {
                bind(insert, runId, point);
                insert.executeUpdate();
            }
        } else if (LATEST.compare(point, stored) >= 0) {
            try (PreparedStatement update = c.prepareStatement("UPDATE tracking_latest_metric"
                + " SET metric_value = ?, special = ?, ts = ?, step = ? WHERE run_id = ? AND metric_key = ?")) {
                update.setDouble(1, MetricValues.stored(point.value()));
                update.setInt(2, MetricValues.special(point.value()));
                update.setLong(3, point.timestamp());
                update.setLong(4, point.step());
                update.setString(5, runId);
                update.setString(6, point.key());
                update.executeUpdate();
            }
        }
    }

    private static MetricPoint storedLatest(Connection c, String runId, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT metric_key, metric_value, special, ts, step"
            + " FROM tracking_latest_metric WHERE run_id = ? AND metric_key = ?")) {
            select.setString(1, runId);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    private static void bind(PreparedStatement s, String runId, MetricPoint p) throws SQLException {
        s.setString(1, runId);
        s.setString(2, p.key());
        s.setDouble(3, MetricValues.stored(p.value()));
        s.setInt(4, MetricValues.special(p.value()));
        s.setLong(5, p.timestamp());
        s.setLong(6, p.step());
    }
}
