package org.aiplatform.tracking.api;

import java.util.List;
import java.util.Objects;

import org.aiplatform.kernel.api.PageRequest;

/**
 * Which runs to find and in which order.
 *
 * @param experimentIds the experiments to search, at least one
 * @param filter a filter such as {@code metrics.loss < 0.5 AND (params.opt = 'adam' OR tags.team = 'cv')}, or
 *        null/blank for every run
 * @param orderBy clauses such as {@code metrics.loss DESC} or {@code attributes.start_time}; the start time (latest
 *        first) and the run id always break ties
 * @param lifecycle only runs in this state, or null for all
 * @param page the page size and the position the previous page's token names
 * @since 1.1.0
 */
public record RunQuery(List<String> experimentIds, String filter, List<String> orderBy, Lifecycle lifecycle,
                       PageRequest page) {
    public RunQuery {
        experimentIds = List.copyOf(Objects.requireNonNull(experimentIds, "experimentIds"));
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
        Objects.requireNonNull(page, "page");
    }
}
