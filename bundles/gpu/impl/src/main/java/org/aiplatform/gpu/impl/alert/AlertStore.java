package org.aiplatform.gpu.impl.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aiplatform.gpu.api.GpuAlert;
import org.aiplatform.gpu.impl.Jdbc;

/** The {@code gpu_alert} table. */
final class AlertStore {
    private static final String COLUMNS = "id, rule_name, gpu_index, gpu_uuid, metric, severity, threshold, "
        + "fired_value, state, fired_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by";
    private static final String INSERT = "INSERT INTO gpu_alert (host, rule_name, gpu_index, gpu_uuid, metric, "
        + "severity, threshold, fired_value, state, fired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;
    private final String host;

    AlertStore(Jdbc jdbc, String host) {
        this.jdbc = jdbc;
        this.host = host;
    }

    GpuAlert insert(AlertRule rule, int gpuIndex, String gpuUuid, double value, long now) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, host);
                s.setString(2, rule.name());
                s.setInt(3, gpuIndex);
                s.setString(4, gpuUuid);
                s.setString(5, rule.metric().key());
                s.setString(6, rule.severity());
                s.setDouble(7, rule.threshold());
                s.setDouble(8, value);
                s.setString(9, GpuAlert.State.FIRING.name());
                s.setLong(10, now);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return get(c, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    Optional<GpuAlert> get(long id) {
        return jdbc.inTransaction(c -> get(c, id));
    }

    /** @return newest first */
    List<GpuAlert> list(GpuAlert.State state, int limit) {
        String where = state == null ? "" : " WHERE state = ?";
        return jdbc.inTransaction(c -> query(c, "SELECT " + COLUMNS + " FROM gpu_alert" + where
            + " ORDER BY id DESC", limit, state == null ? new Object[0] : new Object[] {state.name()}));
    }

    /** @return the alerts of this node not resolved yet, to pick up after a restart */
    List<GpuAlert> unresolved() {
        return jdbc.inTransaction(c -> query(c, "SELECT " + COLUMNS + " FROM gpu_alert WHERE host = ? AND state <> ?"
            + " ORDER BY id", Integer.MAX_VALUE, host, GpuAlert.State.RESOLVED.name()));
    }

    /** @return true when a firing alert became acknowledged */
    boolean acknowledge(long id, String user, long now) {
        return update("UPDATE gpu_alert SET state = ?, acknowledged_at = ?, acknowledged_by = ? WHERE id = ? "
            + "AND state = ?", GpuAlert.State.ACKNOWLEDGED.name(), now, user, id, GpuAlert.State.FIRING.name()) == 1;
    }

    /** @return true when an unresolved alert became resolved */
    boolean resolve(long id, String user, long now) {
        return update("UPDATE gpu_alert SET state = ?, resolved_at = ?, resolved_by = ? WHERE id = ? AND state <> ?",
            GpuAlert.State.RESOLVED.name(), now, user, id, GpuAlert.State.RESOLVED.name()) == 1;
    }

    private int update(String sql, Object... args) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, args);
                return s.executeUpdate();
            }
        });
    }

    private Optional<GpuAlert> get(Connection c, long id) throws SQLException {
        List<GpuAlert> found = query(c, "SELECT " + COLUMNS + " FROM gpu_alert WHERE id = ?", 1, id);
        return found.stream().findFirst();
    }

    private static List<GpuAlert> query(Connection c, String sql, int limit, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.setMaxRows(limit);
            try (ResultSet rs = s.executeQuery()) {
                List<GpuAlert> alerts = new ArrayList<>();
                while (rs.next()) {
                    alerts.add(new GpuAlert(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8),
                        GpuAlert.State.valueOf(rs.getString(9)), rs.getLong(10), nullable(rs, 11), rs.getString(12),
                        nullable(rs, 13), rs.getString(14)));
                }
                return alerts;
            }
        }
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
