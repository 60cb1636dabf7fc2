package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.TrackingOperations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tracking operations MLflow's API needs beyond TrackingService, on the same tables. */
@Component(service = TrackingOperations.class)
public class JdbcTrackingOperations implements TrackingOperations {
    private final Jdbc jdbc;
    private final Clock clock;

    /** The schema reference makes the component wait until Flyway has migrated the tracking tables. */
    @Activate
    public JdbcTrackingOperations(@Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                                  @Reference(target = "(aiplatform.schema=tracking)") Schema schema) {
        this(dataSource, Clock.systemUTC());
    }

    JdbcTrackingOperations(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<Experiment> findExperimentByName(String projectId, String name) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM tracking_experiment WHERE project_id = ? AND name = ?")) {
                Rows.bind(s, projectId, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(Experiments.get(c, Long.toString(rs.getLong(1))))
                        : Optional.<Experiment>empty();
                }
            }
        });
    }

    @Override
    public Experiment setExperimentLifecycleWithRuns(String experimentId, Lifecycle lifecycle) {
        Objects.requireNonNull(lifecycle, "lifecycle");
        return jdbc.inTransaction(c -> {
            Experiment e = Experiments.get(c, experimentId);
            Experiment changed = new Experiment(e.id(), e.projectId(), e.name(), e.description(), e.tags(),
                lifecycle, e.createdAt(), clock.millis());
            Experiments.update(c, changed);
            try (PreparedStatement s = c.prepareStatement(
                "UPDATE tracking_run SET lifecycle = ? WHERE experiment_id = ?")) {
                Rows.bind(s, lifecycle.name(), Long.parseLong(e.id()));
                s.executeUpdate();
            }
            return changed;
        });
    }

    @Override
    public void deleteRunTag(String runId, String key) {
        jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM tracking_tag WHERE run_id = ? AND tag_key = ?")) {
                Rows.bind(s, runId, key);
                if (s.executeUpdate() == 0) {
                    throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "tag.not_found", key, runId);
                }
            }
            return null;
        });
    }
}
