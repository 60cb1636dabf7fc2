package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.impl.metrics.Bucket;

/**
 * Keeps {@code tracking_metric_rollup} (see V5__metric_rollup.sql) in the transaction of the batch that logs the
 * points: per key and level, one range of rows is read, merged with the batch and written back in two JDBC batches,
 * a dozen statements for a 1,000-point batch. The caller holds the run's lock ({@link Runs#lock}), so concurrent
 * batches of one run merge one after the other instead of overwriting each other.
 */
final class MetricRollups {
    /** Level 1..TOP buckets span 16, 256, 4096 steps. */
    static final int TOP = 3;

    private static final String[] POINTS = {"first", "last", "min", "max"};
    private static final String POINT_COLUMNS = columns();
    private static final String WHERE = " WHERE run_id = ? AND metric_key = ? AND lvl = ? AND bucket BETWEEN ? AND ?";

    /** The size of a history, from the top level. */
    record Overview(long count, long firstStep, long lastStep) {
    }

    private MetricRollups() {
    }

    static long width(int level) {
        return 1L << (4 * level);
    }

    static void add(Connection c, String runId, List<MetricPoint> points) throws SQLException {
        Map<String, List<MetricPoint>> byKey = new LinkedHashMap<>();
        for (MetricPoint p : points) {
            byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        String set = String.join(" = ?, ", POINT_COLUMNS.split(", ")) + " = ?";
        try (PreparedStatement select = c.prepareStatement(
                 "SELECT bucket, cnt, " + POINT_COLUMNS + " FROM tracking_metric_rollup" + WHERE);
             PreparedStatement insert = c.prepareStatement("INSERT INTO tracking_metric_rollup"
                 + " (run_id, metric_key, lvl, bucket, cnt, " + POINT_COLUMNS + ") VALUES (?, ?, ?, ?, ?"
                 + ", ?".repeat(16) + ")");
             PreparedStatement update = c.prepareStatement("UPDATE tracking_metric_rollup SET cnt = ?, " + set
                 + " WHERE run_id = ? AND metric_key = ? AND lvl = ? AND bucket = ?")) {
            boolean inserts = false;
            boolean updates = false;
            for (Map.Entry<String, List<MetricPoint>> key : byKey.entrySet()) {
                for (int level = 1; level <= TOP; level++) {
                    TreeMap<Long, Bucket> fresh = buckets(key.getValue(), width(level));
                    Object[] range = {runId, key.getKey(), level, fresh.firstKey(), fresh.lastKey()};
                    Map<Long, Bucket> stored = read(select, range);
                    for (Bucket b : fresh.values()) {
                        Bucket old = stored.get(b.index());
                        if (old == null) {
                            bindRow(insert, runId, key.getKey(), level, b);
                            insert.addBatch();
                            inserts = true;
                        } else {
                            bindMerged(update, runId, key.getKey(), level, old.merge(b));
                            update.addBatch();
                            updates = true;
                        }
                    }
                }
            }
            if (inserts) {
                insert.executeBatch();
            }
            if (updates) {
                update.executeBatch();
            }
        }
    }

    /** @return the count and step span of a history, without reading it */
    static Overview overview(Connection c, String runId, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT SUM(cnt), MIN(first_step), MAX(last_step)"
            + " FROM tracking_metric_rollup WHERE run_id = ? AND metric_key = ? AND lvl = ?")) {
            Rows.bind(s, runId, key, TOP);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Overview(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    /** @return the buckets of one level, by index */
    static List<Bucket> level(Connection c, String runId, String key, int level) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT bucket, cnt, " + POINT_COLUMNS
            + " FROM tracking_metric_rollup" + WHERE + " ORDER BY bucket")) {
            return new ArrayList<>(read(s, new Object[] {runId, key, level, Long.MIN_VALUE, Long.MAX_VALUE})
                .values());
        }
    }

    /** @return the buckets the points fall in, at one bucket width */
    static TreeMap<Long, Bucket> buckets(List<MetricPoint> points, long width) {
        TreeMap<Long, Bucket> buckets = new TreeMap<>();
        for (MetricPoint p : points) {
            long index = Math.floorDiv(p.step(), width);
            buckets.merge(index, Bucket.of(index, p), Bucket::merge);
        }
        return buckets;
    }

    private static Map<Long, Bucket> read(PreparedStatement select, Object[] range) throws SQLException {
        Rows.bind(select, range);
        Map<Long, Bucket> rows = new LinkedHashMap<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String key = (String) range[1];
                rows.put(rs.getLong(1), new Bucket(rs.getLong(1), rs.getLong(2), point(rs, key, 3),
                    point(rs, key, 7), point(rs, key, 11), point(rs, key, 15)));
            }
        }
        return rows;
    }

    private static MetricPoint point(ResultSet rs, String key, int column) throws SQLException {
        return new MetricPoint(key, MetricValues.value(rs.getDouble(column + 2), rs.getInt(column + 3)),
            rs.getLong(column + 1), rs.getLong(column));
    }

    private static void bindMerged(PreparedStatement update, String runId, String key, int level, Bucket b)
        throws SQLException {
        update.setLong(1, b.count());
        int i = bindPoints(update, 2, b);
        update.setString(i, runId);
        update.setString(i + 1, key);
        update.setInt(i + 2, level);
        update.setLong(i + 3, b.index());
    }

    private static void bindRow(PreparedStatement insert, String runId, String key, int level, Bucket b)
        throws SQLException {
        insert.setString(1, runId);
        insert.setString(2, key);
        insert.setInt(3, level);
        insert.setLong(4, b.index());
        insert.setLong(5, b.count());
        bindPoints(insert, 6, b);
    }

    /** @return the next parameter index */
    private static int bindPoints(PreparedStatement s, int from, Bucket b) throws SQLException {
        int i = from;
        for (MetricPoint p : List.of(b.first(), b.last(), b.min(), b.max())) {
            s.setLong(i++, p.step());
            s.setLong(i++, p.timestamp());
            s.setDouble(i++, MetricValues.stored(p.value()));
            s.setInt(i++, MetricValues.special(p.value()));
        }
        return i;
    }

    private static String columns() {
        List<String> names = new ArrayList<>();
        for (String p : POINTS) {
            for (String field : new String[] {"step", "ts", "value", "special"}) {
                names.add(p + "_" + field);
            }
        }
        return String.join(", ", names);
    }
}
