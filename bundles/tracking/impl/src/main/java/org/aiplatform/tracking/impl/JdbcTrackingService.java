package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;
import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_ALREADY_EXISTS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.persistence.SqlErrors;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunChanges;
import org.aiplatform.tracking.api.RunStatus;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.impl.live.MetricFeed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The tracking store on the platform database, in plain JDBC. */
@Component(service = TrackingService.class)
public class JdbcTrackingService implements TrackingService {
    private static final String PARAMS = "SELECT param_key, param_value FROM tracking_param WHERE run_id = ?";
    private static final String TAGS = "SELECT tag_key, tag_value FROM tracking_tag WHERE run_id = ?";
    private static final String POINTS = "SELECT metric_key, metric_value, special, ts, step FROM ";

    private final Jdbc jdbc;
    private final Clock clock;
    /** Live subscribers (SSE) get each batch after it commits; optional so the store works without them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile MetricFeed feed;

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
    public Experiment createExperiment(String projectId, String name, String description,
                                       Map<String, String> tags) {
        BatchLimits.text("project_id", projectId, 64);
        BatchLimits.text("name", name, 500);
        checkDescription(description);
        Map<String, String> newTags = tags == null ? Map.of() : tags;
        BatchLimits.tags(newTags);
        long now = clock.millis();
        return uniqueName(name, () -> jdbc.inTransaction(c -> {
            long id = Experiments.insert(c, projectId, name, description, now);
            Experiments.writeTags(c, id, newTags);
            return Experiments.get(c, Long.toString(id));
        }));
    }

    @Override
    public Experiment getExperiment(String experimentId) {
        return jdbc.inTransaction(c -> Experiments.get(c, experimentId));
    }

    @Override
    public Page<Experiment> listExperiments(String projectId, Lifecycle lifecycle, PageRequest page) {
        return jdbc.inTransaction(c -> Experiments.list(c, projectId, lifecycle, page));
    }

    @Override
    public Experiment updateExperiment(String experimentId, String name, String description,
                                       Map<String, String> tags) {
        if (name != null) {
            BatchLimits.text("name", name, 500);
        }
        checkDescription(description);
        Map<String, String> newTags = tags == null ? Map.of() : tags;
        BatchLimits.tags(newTags);
        return uniqueName(name, () -> jdbc.inTransaction(c -> {
            Experiment e = Experiments.get(c, experimentId);
            Experiments.update(c, new Experiment(e.id(), e.projectId(), name == null ? e.name() : name,
                description == null ? e.description() : description, null, e.lifecycle(), e.createdAt(),
                clock.millis()));
            Experiments.writeTags(c, Long.parseLong(e.id()), newTags);
            return Experiments.get(c, experimentId);
        }));
    }

    @Override
    public Experiment setExperimentLifecycle(String experimentId, Lifecycle lifecycle) {
        Objects.requireNonNull(lifecycle, "lifecycle");
        return jdbc.inTransaction(c -> {
            Experiment e = Experiments.get(c, experimentId);
            Experiment changed = new Experiment(e.id(), e.projectId(), e.name(), e.description(), e.tags(),
                lifecycle, e.createdAt(), clock.millis());
            Experiments.update(c, changed);
            return changed;
        });
    }

    @Override
    public Run createRun(String experimentId, String name, String user, long startTime, String parentRunId) {
        String id = UUID.randomUUID().toString().replace("-", "");
        String runName = name == null || name.isBlank() ? id : BatchLimits.text("run name", name, 250);
        return jdbc.inTransaction(c -> {
            Experiment experiment = Experiments.get(c, experimentId);
            if (experiment.lifecycle() != Lifecycle.ACTIVE) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "experiment.deleted", experimentId);
            }
            // a parent elsewhere would link runs across projects, past their permission checks
            if (parentRunId != null && !Runs.get(c, parentRunId).experimentId().equals(experiment.id())) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "run.parent_elsewhere", parentRunId);
            }
            Run run = new Run(id, experiment.id(), runName, RunStatus.RUNNING, startTime, null, user, parentRunId,
                Lifecycle.ACTIVE);
            Runs.insert(c, run);
            return run;
        });
    }

    @Override
    public Run getRun(String runId) {
        return jdbc.inTransaction(c -> Runs.get(c, runId));
    }

    @Override
    public Page<Run> listRuns(String experimentId, Lifecycle lifecycle, PageRequest page) {
        return jdbc.inTransaction(c -> Runs.list(c, Experiments.get(c, experimentId).id(), lifecycle, page));
    }

    @Override
    public Run updateRun(String runId, RunChanges changes) {
        if (changes.name() != null) {
            BatchLimits.text("run name", changes.name(), 250);
        }
        return jdbc.inTransaction(c -> {
            Run r = Runs.get(c, runId);
            if (changes.endTime() != null && changes.endTime() < r.startTime()) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "run.end_before_start",
                    String.valueOf(changes.endTime()), String.valueOf(r.startTime()));
            }
            Run changed = new Run(r.id(), r.experimentId(), changes.name() == null ? r.name() : changes.name(),
                changes.status() == null ? r.status() : changes.status(), r.startTime(),
                changes.endTime() == null ? r.endTime() : changes.endTime(), r.user(), r.parentRunId(),
                r.lifecycle());
            Runs.update(c, changed);
            return changed;
        });
    }

    @Override
    public Run setRunLifecycle(String runId, Lifecycle lifecycle) {
        Objects.requireNonNull(lifecycle, "lifecycle");
        return jdbc.inTransaction(c -> {
            Run r = Runs.get(c, runId);
            Run changed = new Run(r.id(), r.experimentId(), r.name(), r.status(), r.startTime(), r.endTime(),
                r.user(), r.parentRunId(), lifecycle);
            Runs.update(c, changed);
            return changed;
        });
    }

    @Override
    public void logBatch(String runId, LogBatch batch) {
        BatchLimits.check(batch);
        try {
            writeBatch(runId, batch);
        } catch (IllegalStateException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            // a concurrent batch inserted the same new param or first latest metric: once it has committed, a
            // second try sees its rows (and refuses a param it set to another value)
            writeBatch(runId, batch);
        }
        MetricFeed live = feed;
        if (live != null) {
            live.publish(runId, batch.metrics());
        }
    }

    private void writeBatch(String runId, LogBatch batch) {
        jdbc.inTransaction(c -> {
            Runs.lock(c, runId);
            if (Runs.get(c, runId).lifecycle() != Lifecycle.ACTIVE) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "run.deleted", runId);
            }
            // params first: a changed value refuses the batch before anything is written
            Map<String, String> stored = Rows.pairs(c, PARAMS, runId);
            for (Map.Entry<String, String> param : batch.params().entrySet()) {
                String before = stored.get(param.getKey());
                if (before != null && !before.equals(param.getValue())) {
                    throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "param.changed", param.getKey(),
                        before);
                }
            }
            RunValues.insertParams(c, runId, batch.params(), stored);
            RunValues.writeTags(c, "tracking_tag", "run_id", runId, batch.tags(), Rows.pairs(c, TAGS, runId));
            MetricWriter.write(c, runId, batch.metrics());
            return null;
        });
    }

    @Override
    public Map<String, String> params(String runId) {
        return jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            return Rows.pairs(c, PARAMS, runId);
        });
    }

    @Override
    public Map<String, String> tags(String runId) {
        return jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            return Rows.pairs(c, TAGS, runId);
        });
    }

    @Override
    public List<MetricPoint> metricHistory(String runId, String key) {
        return jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            return MetricHistories.all(c, runId, key);
        });
    }

    @Override
    public List<MetricPoint> latestMetrics(String runId) {
        return jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            return points(c, POINTS + "tracking_latest_metric WHERE run_id = ? ORDER BY metric_key", runId);
        });
    }

    /** A description may be empty, but not longer than its column. */
    private static void checkDescription(String description) {
        if (description != null && description.length() > 5000) {
            BatchLimits.text("description", description, 5000);
        }
    }

    /** The unique index decides when two writers race for a name; the loser gets a 409, not a 500. */
    private static <R> R uniqueName(String name, Supplier<R> write) {
        try {
            return write.get();
        } catch (IllegalStateException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw TrackingMessages.get().error(RESOURCE_ALREADY_EXISTS, "experiment.name_taken", name);
            }
            throw e;
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
}
