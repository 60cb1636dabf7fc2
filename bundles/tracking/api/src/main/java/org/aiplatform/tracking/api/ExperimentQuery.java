package org.aiplatform.tracking.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.aiplatform.kernel.api.PageRequest;

/**
 * Which experiments to find and in which order.
 *
 * @param projectIds only experiments of these projects, or null for every project
 * @param filter a filter over {@code name}, {@code creation_time}, {@code last_update_time} and {@code tags.<key>},
 *        or null/blank for all
 * @param orderBy clauses on {@code name}, {@code experiment_id}, {@code creation_time} or
 *        {@code last_update_time} with an optional ASC/DESC; default creation time, latest first; the id breaks ties
 * @param lifecycle only experiments in this state, or null for all
 * @param page the page size and the position the previous page's token names
 * @since 1.1.0
 */
public record ExperimentQuery(Set<String> projectIds, String filter, List<String> orderBy, Lifecycle lifecycle,
                              PageRequest page) {
    public ExperimentQuery {
        projectIds = projectIds == null ? null : Set.copyOf(projectIds);
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
        Objects.requireNonNull(page, "page");
    }
}
