package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;
import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.ExperimentQuery;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunDetails;
import org.aiplatform.tracking.api.RunQuery;
import org.aiplatform.tracking.api.TrackingSearch;
import org.aiplatform.tracking.impl.search.SearchSql;
import org.aiplatform.tracking.impl.search.SearchTarget;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Run and experiment search on the platform database: one SELECT per page, plus one per detail table. */
@Component(service = TrackingSearch.class)
public class JdbcTrackingSearch implements TrackingSearch {
    /** More experiments or run ids than this in one call is a client bug, not a search. */
    static final int MAX_IDS = 1000;
    private static final String RUN_SELECT = "r." + Runs.COLUMNS.replace(", ", ", r.") + " FROM tracking_run r";
    private static final String EXPERIMENT_SELECT = "e." + Experiments.COLUMNS.replace(", ", ", e.")
        + " FROM tracking_experiment e";

    private final Jdbc jdbc;

    /** The schema reference makes the component wait until Flyway has migrated the tracking tables. */
    @Activate
    public JdbcTrackingSearch(@Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                              @Reference(target = "(aiplatform.schema=tracking)") Schema schema) {
        this(dataSource);
    }

    JdbcTrackingSearch(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Page<RunDetails> searchRuns(RunQuery query) {
        Set<String> experimentIds = new LinkedHashSet<>(query.experimentIds());
        if (experimentIds.isEmpty() || experimentIds.size() > MAX_IDS) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "search.experiment_ids",
                String.valueOf(MAX_IDS));
        }
        return jdbc.inTransaction(c -> {
            List<Object> args = new ArrayList<>();
            for (String id : experimentIds) {
                args.add(Long.parseLong(Experiments.get(c, id).id()));
            }
            // one experiment (the usual case) as an equality, which the databases match with the index's order
            StringBuilder scope = new StringBuilder("r.experiment_id ")
                .append(args.size() == 1 ? "= ?" : "IN " + RunDetailsReader.markers(args.size()));
            if (query.lifecycle() != null) {
                scope.append(" AND r.lifecycle = ?");
                args.add(query.lifecycle().name());
            }
            List<Run> runs = new ArrayList<>();
            String next = page(c, SearchSql.build(SearchTarget.RUNS, RUN_SELECT, scope.toString(), args,
                query.filter(), query.orderBy(), query.page().cursor(), query.page().maxResults() + 1, isDerby(c)),
                query.page(), rs -> runs.add(Runs.read(rs)));
            return Page.of(RunDetailsReader.read(c, runs), next);
        });
    }

    @Override
    public Page<Experiment> searchExperiments(ExperimentQuery query) {
        if (query.projectIds() != null && query.projectIds().isEmpty()) {
            return Page.of(List.of(), null);
        }
        return jdbc.inTransaction(c -> {
            List<Object> args = new ArrayList<>();
            StringBuilder scope = new StringBuilder("1 = 1");
            if (query.projectIds() != null) {
                scope.append(" AND e.project_id IN ").append(RunDetailsReader.markers(query.projectIds().size()));
                args.addAll(query.projectIds());
            }
            if (query.lifecycle() != null) {
                scope.append(" AND e.lifecycle = ?");
                args.add(query.lifecycle().name());
            }
            List<Experiment> found = new ArrayList<>();
            String next = page(c, SearchSql.build(SearchTarget.EXPERIMENTS, EXPERIMENT_SELECT, scope.toString(),
                args, query.filter(), query.orderBy(), query.page().cursor(), query.page().maxResults() + 1, isDerby(c)),
                query.page(), rs -> found.add(Experiments.read(rs, Map.of())));
            Map<Object, Map<String, String>> tags = RunDetailsReader.pairs(c, "tracking_experiment_tag",
                "experiment_id", "tag_key", "tag_value", found.stream().<Object>map(e -> Long.valueOf(e.id())).toList());
            return Page.of(found.stream().map(e -> new Experiment(e.id(), e.projectId(), e.name(), e.description(),
                tags.get(Long.valueOf(e.id())), e.lifecycle(), e.createdAt(), e.updatedAt())).toList(), next);
        });
    }

    @Override
    public List<RunDetails> runDetails(Collection<String> runIds) {
        Set<String> ids = new LinkedHashSet<>(runIds);
        if (ids.size() > MAX_IDS) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "search.run_ids", String.valueOf(MAX_IDS));
        }
        return jdbc.inTransaction(c -> {
            List<Object> wellFormed = ids.stream().filter(id -> id != null && id.matches("[0-9a-f]{32}"))
                .<Object>map(id -> id).toList();
            Map<String, Run> found = new java.util.HashMap<>();
            if (!wellFormed.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("SELECT " + Runs.COLUMNS + " FROM tracking_run"
                    + " WHERE id IN " + RunDetailsReader.markers(wellFormed.size()))) {
                    Rows.bind(s, wellFormed.toArray());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Run run = Runs.read(rs);
                            found.put(run.id(), run);
                        }
                    }
                }
            }
            List<Run> runs = new ArrayList<>();
            for (String id : ids) {
                Run run = found.get(id);
                if (run == null) {
                    throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "run.not_found", id);
                }
                runs.add(run);
            }
            return RunDetailsReader.read(c, runs);
        });
    }

    private static boolean isDerby(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().contains("Derby");
    }

    /** Reads a row. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** @return the next page's cursor: the sort keys of this page's last row, when one more row follows */
    private static String page(Connection c, SearchSql search, PageRequest page, RowReader reader)
        throws SQLException {
        try (PreparedStatement s = c.prepareStatement(search.sql())) {
            Rows.bind(s, search.args().toArray());
            try (ResultSet rs = s.executeQuery()) {
                String cursor = null;
                int read = 0;
                while (rs.next()) {
                    if (read == page.maxResults()) {
                        return cursor;
                    }
                    reader.read(rs);
                    if (++read == page.maxResults()) {
                        cursor = search.cursor(rs);
                    }
                }
                return null;
            }
        }
    }
}
