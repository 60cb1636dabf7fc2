package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;
import static org.aiplatform.kernel.api.ErrorCode.INVALID_STATE;
import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_ALREADY_EXISTS;
import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.persistence.SqlErrors;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunStatus;
import org.aiplatform.tracking.api.TrackingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tracking store on the platform database, in plain JDBC. */
@Component(service = TrackingService.class)
public class JdbcTrackingService implements TrackingService {
    private static final String EXPERIMENT_COLUMNS =
        "id, project_id, name, description, lifecycle, created_at, updated_at";
    private static final String RUN_COLUMNS =
        "id, experiment_id, name, status, start_time, end_time, user_id, parent_run_id, lifecycle";

    private final Jdbc jdbc;
    private final Clock clock;

    /** The schema reference makes the component wait until Flyway has migrated the tracking tables. */
    @Activate
    public JdbcTrackingService(@Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                               @Reference(target = "(aiplatform.schema=tracking)") Schema schema) {
        this(dataSource, Clock.systemUTC());
    }

    JdbcTrackingService(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public Experiment createExperiment(String projectId, String name, String description) {
        BatchLimits.text("project_id", projectId, 64);
        BatchLimits.text("name", name, 500);
        if (description != null) {
            BatchLimits.text("description", description, 5000);
        }
        long now = clock.millis();
        try {
            long id = jdbc.inTransaction(c -> {
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
            });
            return new Experiment(Long.toString(id), projectId, name, description, Lifecycle.ACTIVE, now, now);
        } catch (IllegalStateException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw TrackingMessages.get().error(RESOURCE_ALREADY_EXISTS, "experiment.name_taken", name);
            }
            throw e;
        }
    }

    @Override
    public Experiment getExperiment(String experimentId) {
        return jdbc.inTransaction(c -> experiment(c, experimentId));
    }

    @Override
    public Run createRun(String experimentId, String name, String user, long startTime, String parentRunId) {
        String id = UUID.randomUUID().toString().replace("-", "");
        String runName = name == null || name.isBlank() ? id : BatchLimits.text("run name", name, 250);
        return jdbc.inTransaction(c -> {
            Experiment experiment = experiment(c, experimentId);
            if (experiment.lifecycle() != Lifecycle.ACTIVE) {
                throw TrackingMessages.get().error(INVALID_STATE, "experiment.deleted", experimentId);
            }
            if (parentRunId != null) {
                run(c, parentRunId);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tracking_run (id, experiment_id, name,"
                + " status, start_time, user_id, parent_run_id, lifecycle) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Rows.bind(s, id, Long.parseLong(experiment.id()), runName, RunStatus.RUNNING.name(), startTime,
                    user, parentRunId, Lifecycle.ACTIVE.name());
                s.executeUpdate();
            }
            return new Run(id, experiment.id(), runName, RunStatus.RUNNING, startTime, null, user, parentRunId,
                Lifecycle.ACTIVE);
        });
    }

    @Override
    public Run getRun(String runId) {
        return jdbc.inTransaction(c -> run(c, runId));
    }

    @Override
    public void logBatch(String runId, LogBatch batch) {
        BatchLimits.check(batch);
        jdbc.inTransaction(c -> {
            if (run(c, runId).lifecycle() != Lifecycle.ACTIVE) {
                throw TrackingMessages.get().error(INVALID_STATE, "run.deleted", runId);
            }
            // params first: a changed value refuses the batch before any metric is written
            Map<String, String> stored = Rows.pairs(c, "SELECT param_key, param_value FROM tracking_param"
                + " WHERE run_id = ?", runId);
            for (Map.Entry<String, String> param : batch.params().entrySet()) {
                String before = stored.get(param.getKey());
                if (before != null && !before.equals(param.getValue())) {
                    throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "param.changed", param.getKey(),
                        before);
                }
            }
            insertParams(c, runId, batch.params(), stored);
            Map<String, String> tags = Rows.pairs(c, "SELECT tag_key, tag_value FROM tracking_tag WHERE run_id = ?",
                runId);
            writeTags(c, runId, batch.tags(), tags);
            MetricWriter.write(c, runId, batch.metrics());
            return null;
        });
    }

    @Override
    public Map<String, String> params(String runId) {
        return jdbc.inTransaction(c -> {
            run(c, runId);
            return Rows.pairs(c, "SELECT param_key, param_value FROM tracking_param WHERE run_id = ?", runId);
        });
    }

    @Override
    public Map<String, String> tags(String runId) {
        return jdbc.inTransaction(c -> {
            run(c, runId);
            return Rows.pairs(c, "SELECT tag_key, tag_value FROM tracking_tag WHERE run_id = ?", runId);
        });
    }

    @Override
    public List<MetricPoint> metricHistory(String runId, String key) {
        return jdbc.inTransaction(c -> {
            run(c, runId);
            return points(c, "SELECT metric_key, metric_value, special, ts, step FROM tracking_metric"
                + " WHERE run_id = ? AND metric_key = ? ORDER BY step, ts", runId, key);
        });
    }

    @Override
    public List<MetricPoint> latestMetrics(String runId) {
        return jdbc.inTransaction(c -> {
            run(c, runId);
            return points(c, "SELECT metric_key, metric_value, special, ts, step FROM tracking_latest_metric"
                + " WHERE run_id = ? ORDER BY metric_key", runId);
        });
    }

    private static void insertParams(Connection c, String runId, Map<String, String> params,
                                     Map<String, String> stored) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "INSERT INTO tracking_param (run_id, param_key, param_value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> param : params.entrySet()) {
                if (!stored.containsKey(param.getKey())) { // the same value again is fine and writes nothing
                    Rows.bind(s, runId, param.getKey(), param.getValue());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void writeTags(Connection c, String runId, Map<String, String> tags,
                                  Map<String, String> stored) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO tracking_tag (run_id, tag_key, tag_value) VALUES (?, ?, ?)");
             PreparedStatement update = c.prepareStatement(
                 "UPDATE tracking_tag SET tag_value = ? WHERE run_id = ? AND tag_key = ?")) {
            for (Map.Entry<String, String> tag : tags.entrySet()) {
                if (!stored.containsKey(tag.getKey())) {
                    Rows.bind(insert, runId, tag.getKey(), tag.getValue());
                    insert.addBatch();
                } else {
                    Rows.bind(update, tag.getValue(), runId, tag.getKey());
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }

    private static List<MetricPoint> points(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Rows.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                List<MetricPoint> points = new ArrayList<>();
                while (rs.next()) {
                    points.add(MetricWriter.read(rs));
                }
                return points;
            }
        }
    }

    private static Experiment experiment(Connection c, String experimentId) throws SQLException {
        Long id = Rows.number(experimentId);
        if (id != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + EXPERIMENT_COLUMNS
                + " FROM tracking_experiment WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return new Experiment(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), Lifecycle.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7));
                    }
                }
            }
        }
        throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "experiment.not_found", experimentId);
    }

    private static Run run(Connection c, String runId) throws SQLException {
        if (runId != null && runId.matches("[0-9a-f]{32}")) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM tracking_run WHERE id = ?")) {
                s.setString(1, runId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        long end = rs.getLong(6);
                        Long endTime = rs.wasNull() ? null : end;
                        return new Run(rs.getString(1), Long.toString(rs.getLong(2)), rs.getString(3),
                            RunStatus.valueOf(rs.getString(4)), rs.getLong(5), endTime, rs.getString(7),
                            rs.getString(8), Lifecycle.valueOf(rs.getString(9)));
                    }
                }
            }
        }
        throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "run.not_found", runId);
    }
}
