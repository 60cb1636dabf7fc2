package org.aiplatform.tracking.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aiplatform.tracking.api.ModelQuery;

/**
 * The WHERE clause of a registry search with its arguments: models are {@code m} (tracking_model), versions
 * {@code v} (tracking_model_version, joined to {@code m}).
 */
final class ModelFilter {
    private final StringBuilder where = new StringBuilder(" WHERE m.project_id = ?");
    private final List<Object> args = new ArrayList<>();

    private ModelFilter(ModelQuery query) {
        args.add(query.projectId());
        if (query.name() != null) {
            and(" AND m.name_key = ?", Models.key(query.name()));
        }
        if (query.namePattern() != null) {
            if (query.patternIgnoresCase()) {
                and(" AND m.name_key LIKE ? ESCAPE '\\'", query.namePattern().toLowerCase(Locale.ROOT));
            } else {
                and(" AND m.name LIKE ? ESCAPE '\\'", query.namePattern());
            }
        }
    }

    static ModelFilter models(ModelQuery query) {
        return new ModelFilter(query).tags(query.tags(), "tracking_model_tag t WHERE t.model_id = m.id");
    }

    static ModelFilter versions(ModelQuery query) {
        ModelFilter filter = new ModelFilter(query).and(" AND v.deleted = 0");
        if (query.runIds() != null) {
            // an empty list matches nothing: "IN ()" is no SQL
            filter.and(query.runIds().isEmpty() ? " AND 1 = 0" : " AND v.run_id IN ("
                + String.join(", ", query.runIds().stream().map(id -> "?").toList()) + ")", query.runIds().toArray());
        }
        if (query.source() != null) {
            filter.and(" AND v.source = ?", query.source());
        }
        if (query.version() != null) {
            filter.and(" AND v.version = ?", query.version());
        }
        return filter.tags(query.tags(),
            "tracking_model_version_tag t WHERE t.model_id = v.model_id AND t.version = v.version");
    }

    String where() {
        return where.toString();
    }

    List<Object> args() {
        return args;
    }

    private ModelFilter and(String condition, Object... values) {
        where.append(condition);
        args.addAll(Arrays.asList(values));
        return this;
    }

    private ModelFilter tags(Map<String, String> tags, String from) {
        if (tags != null) {
            tags.forEach((key, value) -> and(" AND EXISTS (SELECT 1 FROM " + from
                + " AND t.tag_key = ? AND t.tag_value = ?)", key, value));
        }
        return this;
    }
}
