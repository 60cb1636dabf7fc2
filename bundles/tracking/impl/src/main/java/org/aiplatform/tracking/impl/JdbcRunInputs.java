package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.tracking.api.DatasetInput;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.RunInput;
import org.aiplatform.tracking.api.RunInputs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Run inputs on the platform database: which dataset versions a run used, and which runs used one. */
@Component(service = RunInputs.class)
public class JdbcRunInputs implements RunInputs {
    private static final String COLUMNS = "run_id, dataset_name, digest, source_type, source, dataset_schema,"
        + " dataset_profile, dataset_version_id, context, logged_at, id";

    private final Jdbc jdbc;
    private final Clock clock;

    /** The schema reference makes the component wait until Flyway has migrated the tracking tables. */
    @Activate
    public JdbcRunInputs(@Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                         @Reference(target = "(aiplatform.schema=tracking)") Schema schema) {
        this(dataSource, Clock.systemUTC());
    }

    JdbcRunInputs(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public void logInputs(String runId, List<DatasetInput> inputs) {
        List<DatasetInput> checked = RunInputRules.check(inputs);
        // a concurrent call recording the same input first: a second try sees it and skips it
        RegistryTags.retryRace(() -> jdbc.inTransaction(c -> {
            if (Runs.get(c, runId).lifecycle() != Lifecycle.ACTIVE) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "run.deleted", runId);
            }
            Set<String> recorded = new HashSet<>();
            for (RunInput known : select(c, " WHERE run_id = ?", runId)) {
                recorded.add(identity(known.dataset()));
            }
            long now = clock.millis();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tracking_run_input (run_id, dataset_name,"
                + " digest, source_type, source, dataset_schema, dataset_profile, dataset_version_id, context,"
                + " logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (DatasetInput d : checked) {
                    if (recorded.add(identity(d))) {
                        Rows.bind(s, runId, d.name(), d.digest(), d.sourceType(), d.source(), d.schema(),
                            d.profile(), d.datasetVersionId(), d.context() == null ? "" : d.context(), now);
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            return null;
        }));
    }

    @Override
    public List<RunInput> inputs(String runId) {
        return jdbc.inTransaction(c -> {
            Runs.get(c, runId);
            return select(c, " WHERE run_id = ? ORDER BY id", runId);
        });
    }

    @Override
    public Page<RunInput> usesOf(String datasetVersionId, PageRequest page) {
        return uses(page, " dataset_version_id = ?", datasetVersionId);
    }

    @Override
    public Page<RunInput> usesOf(String name, String digest, PageRequest page) {
        return uses(page, " dataset_name = ? AND digest = ?", name, digest);
    }

    /** Newest first; the cursor is the id of the page's last row (kept out of the record). */
    private Page<RunInput> uses(PageRequest page, String where, Object... args) {
        Long before = page.cursor() == null ? Long.valueOf(Long.MAX_VALUE) : Rows.number(page.cursor());
        List<Object> all = new ArrayList<>(List.of(args));
        all.add(before == null ? 0L : before);
        all.add(page.maxResults() + 1);
        return jdbc.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            List<RunInput> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM tracking_run_input WHERE"
                + where + " AND id < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
                Rows.bind(s, all.toArray());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(read(rs));
                        ids.add(rs.getLong(11));
                    }
                }
            }
            return Rows.page(items, page, last -> Long.toString(ids.get(items.indexOf(last))));
        });
    }

    /** MLflow's identity of an input of one run: name, digest and context. */
    private static String identity(DatasetInput d) {
        return d.name() + '\u0000' + d.digest() + '\u0000' + (d.context() == null ? "" : d.context());
    }

    private static List<RunInput> select(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM tracking_run_input" + where)) {
            Rows.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                List<RunInput> inputs = new ArrayList<>();
                while (rs.next()) {
                    inputs.add(read(rs));
                }
                return inputs;
            }
        }
    }

    private static RunInput read(ResultSet rs) throws SQLException {
        String context = rs.getString(9);
        return new RunInput(rs.getString(1), new DatasetInput(rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), context.isEmpty() ? null : context),
            rs.getLong(10));
    }
}
