package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.tracking.api.Downsampling;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.MetricSampling;
import org.aiplatform.tracking.api.SampledPoint;
import org.aiplatform.tracking.impl.metrics.Bucket;
import org.aiplatform.tracking.impl.metrics.Downsamplers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Downsampled metric histories: short ones (up to {@link #RAW_LIMIT} points) from the points themselves, longer
 * ones from the coarsest rollup level that still has at least {@code maxPoints} buckets across the history, so a
 * 1,000,000-point history is served from about 4,000 rows.
 */
@Component(service = MetricSampling.class)
public class JdbcMetricSampling implements MetricSampling {
    static final int RAW_LIMIT = 20_000;

    private final Jdbc jdbc;

    @Activate
    public JdbcMetricSampling(@Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                              @Reference(target = "(aiplatform.schema=tracking)") Schema schema) {
        this(dataSource);
    }

    JdbcMetricSampling(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public List<SampledPoint> sample(String runId, String key, int maxPoints, Downsampling method) {
        if (maxPoints != 0 && (maxPoints < 2 || maxPoints > MAX_POINTS)) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "metrics.max_points",
                String.valueOf(MAX_POINTS), String.valueOf(maxPoints));
        }
        Downsampling how = method == null ? Downsampling.MINMAX : method;
        return jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            return MetricHistories.withEpochs(c, runId, key, points(c, runId, key, maxPoints, how));
        });
    }

    private static List<MetricPoint> points(Connection c, String runId, String key, int maxPoints,
                                            Downsampling how) throws SQLException {
        if (maxPoints == 0) {
            return MetricHistories.all(c, runId, key);
        }
        MetricRollups.Overview size = MetricRollups.overview(c, runId, key);
        int level = size.count() <= RAW_LIMIT ? 0 : level(size, maxPoints);
        if (level == 0) {
            List<MetricPoint> all = MetricHistories.all(c, runId, key);
            return how == Downsampling.LTTB ? Downsamplers.lttb(all, maxPoints) : Downsamplers.minMax(all, maxPoints);
        }
        List<Bucket> rows = MetricRollups.level(c, runId, key, level);
        return how == Downsampling.LTTB ? Downsamplers.lttb(Downsamplers.candidates(rows), maxPoints)
            : Downsamplers.minMaxOfBuckets(rows, maxPoints);
    }

    /** @return the coarsest level with at least {@code maxPoints} buckets over the history, or 0 for none */
    static int level(MetricRollups.Overview size, int maxPoints) {
        long span = size.lastStep() - size.firstStep() + 1;
        for (int level = MetricRollups.TOP; level >= 1; level--) {
            if (span / MetricRollups.width(level) >= maxPoints) {
                return level;
            }
        }
        return 0;
    }
}
