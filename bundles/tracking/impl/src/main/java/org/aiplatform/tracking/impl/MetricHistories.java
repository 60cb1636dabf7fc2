package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.SampledPoint;

/** Reads metric histories point by point, and the epoch logged at each point's step. */
final class MetricHistories {
    /** The metric whose value at a step is that step's epoch. */
    static final String EPOCH = "epoch";

    private static final String POINTS = "SELECT metric_key, metric_value, special, ts, step FROM tracking_metric"
        + " WHERE run_id = ? AND metric_key = ?";
    private static final String EPOCHS = "SELECT step, metric_value, special FROM tracking_metric"
        + " WHERE run_id = ? AND metric_key = '" + EPOCH + "' AND ";
    /** Up to this many points look their epochs up by step, longer answers read the epoch history's range. */
    private static final int PROBES = 500;

    private MetricHistories() {
    }

    /** @return every point of the metric, by step then timestamp */
    static List<MetricPoint> all(Connection c, String runId, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(POINTS + " ORDER BY step, ts")) {
            Rows.bind(s, runId, key);
            try (ResultSet rs = s.executeQuery()) {
                List<MetricPoint> points = new ArrayList<>();
                while (rs.next()) {
                    points.add(MetricWriter.read(rs));
                }
                return points;
            }
        }
    }

    /** @return the points with the epoch of their step, when the run logs one there */
    static List<SampledPoint> withEpochs(Connection c, String runId, String key, List<MetricPoint> points)
        throws SQLException {
        Map<Long, Double> epochs = EPOCH.equals(key) || points.isEmpty() || !logsEpochs(c, runId)
            ? Map.of() : epochs(c, runId, points);
        List<SampledPoint> out = new ArrayList<>(points.size());
        for (MetricPoint p : points) {
            Double epoch = EPOCH.equals(key) ? Double.valueOf(p.value()) : epochs.get(p.step());
            out.add(new SampledPoint(p.step(), p.value(), p.timestamp(), epoch));
        }
        return out;
    }

    private static boolean logsEpochs(Connection c, String runId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "SELECT 1 FROM tracking_latest_metric WHERE run_id = ? AND metric_key = '" + EPOCH + "'")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The latest value logged at a step wins, as for any metric. */
    private static Map<Long, Double> epochs(Connection c, String runId, List<MetricPoint> points)
        throws SQLException {
        Map<Long, Double> epochs = new HashMap<>();
        if (points.size() > PROBES) {
            read(c, EPOCHS + "step BETWEEN ? AND ? ORDER BY step, ts", epochs, runId,
                points.get(0).step(), points.get(points.size() - 1).step());
            return epochs;
        }
        Object[] args = new Object[points.size() + 1];
        args[0] = runId;
        for (int i = 0; i < points.size(); i++) {
            args[i + 1] = points.get(i).step();
        }
        read(c, EPOCHS + "step IN (" + "?, ".repeat(points.size() - 1) + "?) ORDER BY step, ts", epochs, args);
        return epochs;
    }

    private static void read(Connection c, String sql, Map<Long, Double> into, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Rows.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.put(rs.getLong(1), MetricValues.value(rs.getDouble(2), rs.getInt(3)));
                }
            }
        }
    }
}
