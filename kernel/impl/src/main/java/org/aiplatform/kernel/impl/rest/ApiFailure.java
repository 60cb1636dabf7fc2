package org.aiplatform.kernel.impl.rest;

import javax.ws.rs.WebApplicationException;

import org.aiplatform.kernel.api.ApiException;

/**
 * Carries an {@link ApiException} through CXF from places where only a WebApplicationException reaches the
 * exception mappers unchanged (message body readers, entity streams).
 */
final class ApiFailure extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    ApiFailure(ApiException cause) {
        super(cause, cause.code().httpStatus());
    }

    ApiException api() {
        return (ApiException) getCause();
    }
}
