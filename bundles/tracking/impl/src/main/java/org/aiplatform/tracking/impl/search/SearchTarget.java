package org.aiplatform.tracking.impl.search;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.aiplatform.tracking.impl.search.Field.Entity;

/**
 * What a search runs over, runs or experiments: the main table's alias and columns, and the key/value tables its
 * metrics, params and tags live in. Only these fixed names ever reach the SQL text; keys and values are bound.
 */
public final class SearchTarget {
    /** How an attribute compares: as a string, or as a whole number (ids, epoch ms). */
    enum Type { TEXT, NUMBER }

    /** An attribute column; a nullable one orders its nulls last. */
    record Column(String sql, Type type, boolean nullable) {
    }

    /** A table of (owner, key, value) rows. */
    record KeyedTable(String table, String owner, String key, String value) {
    }

    /** Runs: {@code tracking_run r}, metrics on their latest value. */
    public static final SearchTarget RUNS = new SearchTarget("r.id", "r.start_time", true, columns(
        "run_id", new Column("r.id", Type.TEXT, false),
        "run_name", new Column("r.name", Type.TEXT, false),
        "user_id", new Column("r.user_id", Type.TEXT, true),
        "status", new Column("r.status", Type.TEXT, false),
        "start_time", new Column("r.start_time", Type.NUMBER, false),
        "created", new Column("r.start_time", Type.NUMBER, false),
        "end_time", new Column("r.end_time", Type.NUMBER, true)),
        Map.of(Entity.METRIC, new KeyedTable("tracking_latest_metric", "run_id", "metric_key", "metric_value"),
            Entity.PARAM, new KeyedTable("tracking_param", "run_id", "param_key", "param_value"),
            Entity.TAG, new KeyedTable("tracking_tag", "run_id", "tag_key", "tag_value")));

    /** Experiments: {@code tracking_experiment e}, with tags. */
    public static final SearchTarget EXPERIMENTS = new SearchTarget("e.id", "e.created_at", true, columns(
        "name", new Column("e.name", Type.TEXT, false),
        "experiment_id", new Column("e.id", Type.NUMBER, false),
        "creation_time", new Column("e.created_at", Type.NUMBER, false),
        "last_update_time", new Column("e.updated_at", Type.NUMBER, false)),
        Map.of(Entity.TAG, new KeyedTable("tracking_experiment_tag", "experiment_id", "tag_key", "tag_value")));

    final String id;
    /** The default order, before the id: latest first. */
    final String defaultOrder;
    final boolean defaultDescending;
    final Map<String, Column> attributes;
    final Map<Entity, KeyedTable> tables;

    private SearchTarget(String id, String defaultOrder, boolean defaultDescending, Map<String, Column> attributes,
                         Map<Entity, KeyedTable> tables) {
        this.id = id;
        this.defaultOrder = defaultOrder;
        this.defaultDescending = defaultDescending;
        this.attributes = attributes;
        this.tables = new EnumMap<>(tables);
    }

    /** @return the attribute's column; INVALID_PARAMETER_VALUE naming the known ones when there is none */
    Column attribute(Field field) {
        Column column = attributes.get(field.key());
        if (column == null) {
            throw SearchErrors.at(field.position(), "search.unknown_attribute", field.key(),
                String.join(", ", attributes.keySet()));
        }
        return column;
    }

    /** @return the table of the field's metrics, params or tags; INVALID_PARAMETER_VALUE when there is none here */
    KeyedTable table(Field field) {
        KeyedTable table = tables.get(field.entity());
        if (table == null) {
            throw SearchErrors.at(field.position(), "search.not_searchable", field.shown());
        }
        return table;
    }

    private static Map<String, Column> columns(Object... pairs) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (Column) pairs[i + 1]);
        }
        return columns;
    }
}
