package org.aiplatform.kernel.impl.rest;

/**
 * The JSON body of every error: {@code {"error_code": "...", "message": "..."}}.
 *
 * @param errorCode the code, see {@link org.aiplatform.kernel.api.ErrorCode}
 * @param message a human explanation in the caller's language
 */
public record ErrorBody(String errorCode, String message) {
}
