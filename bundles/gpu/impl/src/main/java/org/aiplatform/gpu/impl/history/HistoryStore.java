package org.aiplatform.gpu.impl.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.aiplatform.gpu.impl.Jdbc;

/** The {@code gpu_history} table of one node, in plain JDBC batches. */
final class HistoryStore {
    private static final String[] STATS = {"util", "mem", "temp", "power", "memutil"};
    private static final String COLUMNS = columns();
    private static final String INSERT = "INSERT INTO gpu_history (host, resolution, gpu_index, bucket, gpu_uuid, "
        + "samples, " + COLUMNS + ", run_ids) VALUES (?, ?, ?, ?, ?, ?, " + "?, ".repeat(20) + "?)";
    private static final String SELECT = "SELECT bucket, gpu_uuid, samples, " + COLUMNS + ", run_ids FROM gpu_history "
        + "WHERE host = ? AND resolution = ? AND gpu_index = ? AND bucket >= ? AND bucket < ? ORDER BY bucket";
    private static final String DELETE = "DELETE FROM gpu_history WHERE host = ? AND resolution = ? AND gpu_index = ? "
        + "AND bucket = ?";
    private static final String PRUNE = "DELETE FROM gpu_history WHERE resolution = ? AND bucket < ?";

    private final Jdbc jdbc;
    private final String host;

    HistoryStore(Jdbc jdbc, String host) {
        this.jdbc = jdbc;
        this.host = host;
    }

    /** Writes closed buckets; one that may already be stored (from before a restart) is merged into its row. */
    void write(List<Bucket> buckets) {
        if (buckets.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (Bucket b : buckets) {
                    Bucket row = b;
                    if (b.mayExist) {
                        row = mergedWithStored(c, b);
                    }
                    bind(insert, row);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private Bucket mergedWithStored(Connection c, Bucket b) throws SQLException {
        List<Bucket> stored = read(c, b.resolution, b.index, b.start, b.start + 1);
        if (stored.isEmpty()) {
            return b;
        }
        try (PreparedStatement delete = c.prepareStatement(DELETE)) {
            delete.setString(1, host);
            delete.setInt(2, b.resolution);
            delete.setInt(3, b.index);
            delete.setLong(4, b.start);
            delete.executeUpdate();
        }
        Bucket merged = stored.get(0);
        merged.merge(b);
        merged.uuid = b.uuid;
        return merged;
    }

    /** @return the stored buckets of a GPU at a resolution in [from, to), oldest first */
    List<Bucket> read(int resolution, int index, long from, long to) {
        return jdbc.inTransaction(c -> read(c, resolution, index, from, to));
    }

    private List<Bucket> read(Connection c, int resolution, int index, long from, long to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setString(1, host);
            s.setInt(2, resolution);
            s.setInt(3, index);
            s.setLong(4, from);
            s.setLong(5, to);
            try (ResultSet rs = s.executeQuery()) {
                List<Bucket> rows = new ArrayList<>();
                while (rs.next()) {
                    Bucket b = new Bucket(resolution, index, rs.getLong(1));
                    b.uuid = rs.getString(2);
                    b.samples = rs.getLong(3);
                    int column = 4;
                    for (Stat stat : stats(b)) {
                        stat.n = rs.getLong(column++);
                        stat.min = rs.getDouble(column++);
                        stat.max = rs.getDouble(column++);
                        stat.sum = rs.getDouble(column++);
                    }
                    String runs = rs.getString(column);
                    if (runs != null && !runs.isEmpty()) {
                        b.runIds.addAll(new LinkedHashSet<>(Arrays.asList(runs.split(","))));
                    }
                    rows.add(b);
                }
                return rows;
            }
        }
    }

    /** Deletes the buckets of a resolution that started before the cutoff, on every node (retention is global). */
    int prune(int resolution, long cutoff) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(PRUNE)) {
                s.setInt(1, resolution);
                s.setLong(2, cutoff);
                return s.executeUpdate();
            }
        });
    }

    private void bind(PreparedStatement s, Bucket b) throws SQLException {
        s.setString(1, host);
        s.setInt(2, b.resolution);
        s.setInt(3, b.index);
        s.setLong(4, b.start);
        s.setString(5, b.uuid);
        s.setLong(6, b.samples);
        int column = 7;
        for (Stat stat : stats(b)) {
            s.setLong(column++, stat.n);
            if (stat.n == 0) {
                s.setNull(column++, Types.DOUBLE);
                s.setNull(column++, Types.DOUBLE);
                s.setNull(column++, Types.DOUBLE);
            } else {
                s.setDouble(column++, stat.min);
                s.setDouble(column++, stat.max);
                s.setDouble(column++, stat.sum);
            }
        }
        String runs = String.join(",", b.runIds);
        s.setString(column, runs.length() > 2000 ? runs.substring(0, 2000) : runs);
    }

    private static Stat[] stats(Bucket b) {
        return new Stat[] {b.util, b.memory, b.temperature, b.power, b.memoryUtil};
    }

    private static String columns() {
        List<String> names = new ArrayList<>();
        for (String stat : STATS) {
            names.add(stat + "_n, " + stat + "_min, " + stat + "_max, " + stat + "_sum");
        }
        return String.join(", ", names);
    }
}
