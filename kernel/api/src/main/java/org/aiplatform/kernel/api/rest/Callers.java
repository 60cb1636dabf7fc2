package org.aiplatform.kernel.api.rest;

import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.security.Caller;

/**
 * Reads the caller of a REST request.
 *
 * @since 1.0.0
 */
public final class Callers {

    private Callers() {
    }

    /**
     * @param context the request's {@code @Context SecurityContext}
     * @return the authenticated caller
     * @throws ApiException UNAUTHENTICATED on a public endpoint called without credentials
     */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new ApiException(ErrorCode.UNAUTHENTICATED, "Authentication required");
    }
}
