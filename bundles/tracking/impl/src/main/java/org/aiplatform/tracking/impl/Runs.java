package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunStatus;

/** The statements on tracking_run, in the caller's transaction. */
final class Runs {
    static final String COLUMNS =
        "id, experiment_id, name, status, start_time, end_time, user_id, parent_run_id, lifecycle";

    private Runs() {
    }

    static void insert(Connection c, Run run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tracking_run (id, experiment_id, name, status,"
            + " start_time, user_id, parent_run_id, lifecycle) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.bind(s, run.id(), Long.parseLong(run.experimentId()), run.name(), run.status().name(),
                run.startTime(), run.user(), run.parentRunId(), run.lifecycle().name());
            s.executeUpdate();
        }
    }

    /** @return the run; RESOURCE_DOES_NOT_EXIST when no run has that id */
    /**
     * Takes the run's row lock for the rest of the transaction, so that concurrent batches of one run write one
     * after the other: they share latest-metric and rollup rows, and interleaved they deadlock.
     */
    static void lock(Connection c, String runId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_run SET lifecycle = lifecycle WHERE id = ?")) {
            s.setString(1, runId);
            s.executeUpdate();
        }
    }

    static Run get(Connection c, String runId) throws SQLException {
        if (runId != null && runId.matches("[0-9a-f]{32}")) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM tracking_run WHERE id = ?")) {
                s.setString(1, runId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return read(rs);
                    }
                }
            }
        }
        throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "run.not_found", runId);
    }

    /** Latest start first, then by id; the cursor is "start_time:id" of the page's last run. */
    static Page<Run> list(Connection c, String experimentId, Lifecycle lifecycle, PageRequest page)
        throws SQLException {
        long start = Long.MAX_VALUE;
        String id = "";
        if (page.cursor() != null) {
            String[] parts = page.cursor().split(":", 2);
            Long parsed = Rows.number(parts[0]);
            start = parsed == null || parts.length < 2 ? Long.MIN_VALUE : parsed;
            id = parts.length < 2 ? "" : parts[1];
        }
        String sql = "SELECT " + COLUMNS + " FROM tracking_run WHERE experiment_id = ?"
            + " AND (start_time < ? OR (start_time = ? AND id > ?))"
            + (lifecycle == null ? "" : " AND lifecycle = ?") + " ORDER BY start_time DESC, id FETCH FIRST ? ROWS ONLY";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            long experiment = Long.parseLong(experimentId);
            Object[] args = lifecycle == null
                ? new Object[] {experiment, start, start, id, page.maxResults() + 1}
                : new Object[] {experiment, start, start, id, lifecycle.name(), page.maxResults() + 1};
            Rows.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                List<Run> items = new ArrayList<>();
                while (rs.next()) {
                    items.add(read(rs));
                }
                return Rows.page(items, page, run -> run.startTime() + ":" + run.id());
            }
        }
    }

    static void update(Connection c, Run changed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tracking_run SET name = ?, status = ?, end_time = ?,"
            + " lifecycle = ? WHERE id = ?")) {
            s.setString(1, changed.name());
            s.setString(2, changed.status().name());
            if (changed.endTime() == null) {
                s.setNull(3, java.sql.Types.BIGINT);
            } else {
                s.setLong(3, changed.endTime());
            }
            s.setString(4, changed.lifecycle().name());
            s.setString(5, changed.id());
            s.executeUpdate();
        }
    }

    /** @return the run of a row whose first columns are {@link #COLUMNS} */
    static Run read(ResultSet rs) throws SQLException {
        long end = rs.getLong(6);
        Long endTime = rs.wasNull() ? null : end;
        return new Run(rs.getString(1), Long.toString(rs.getLong(2)), rs.getString(3),
            RunStatus.valueOf(rs.getString(4)), rs.getLong(5), endTime, rs.getString(7), rs.getString(8),
            Lifecycle.valueOf(rs.getString(9)));
    }
}
