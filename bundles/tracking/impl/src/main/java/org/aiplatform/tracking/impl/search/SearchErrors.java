package org.aiplatform.tracking.impl.search;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.tracking.impl.TrackingMessages;

/** The 400s of bad filters, order clauses and page tokens; positions are shown 1-based. */
final class SearchErrors {
    private SearchErrors() {
    }

    /** @return INVALID_PARAMETER_VALUE with a message that says where (1-based) and what went wrong */
    static ApiException at(int position, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = String.valueOf(position + 1);
        System.arraycopy(args, 0, all, 1, args.length);
        return TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, key, all);
    }

    static ApiException badPageToken() {
        return TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "search.page_token");
    }
}
