package org.aiplatform.tracking.mlflow;

import java.util.Locale;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.Lifecycle;

/** What runs/search and experiments/search read alike: the view type and MLflow's page size rules. */
final class MlflowSearchParams {
    /** MLflow's default page size for both searches. */
    static final int DEFAULT_MAX_RESULTS = 1000;
    /** MLflow's largest; a page holds at most {@link PageRequest#MAX_LIMIT}, the rest follows by next_page_token. */
    static final int MAX_RESULTS = 50_000;

    private MlflowSearchParams() {
    }

    /** @return ACTIVE_ONLY (default) → active, DELETED_ONLY → deleted, ALL → null; names or their numbers 1, 2, 3 */
    static Lifecycle lifecycle(MlflowRequest request, String field) {
        String view = request.string(field);
        switch (view == null ? "ACTIVE_ONLY" : view.toUpperCase(Locale.ROOT)) {
            case "ACTIVE_ONLY", "1":
                return Lifecycle.ACTIVE;
            case "DELETED_ONLY", "2":
                return Lifecycle.DELETED;
            case "ALL", "3":
                return null;
            default:
                throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "search.view_type", field, view);
        }
    }

    /** @return the page: max_results 1 to 50,000 (default 1000), served at most 1000 at a time */
    static PageRequest page(MlflowRequest request) {
        Long max = request.int64("max_results");
        if (max != null && (max < 1 || max > MAX_RESULTS)) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "search.max_results",
                String.valueOf(MAX_RESULTS), String.valueOf(max));
        }
        int size = (int) Math.min(max == null ? DEFAULT_MAX_RESULTS : max, PageRequest.MAX_LIMIT);
        String token = request.string("page_token");
        return PageRequest.of(size, token == null || token.isEmpty() ? null : token);
    }
}
