package org.aiplatform.kernel.api;

/**
 * The error codes of the platform's JSON errors, {@code {"error_code": ..., "message": ...}}, with their HTTP status.
 * Names follow MLflow's codes so MLflow clients understand them; MLflow's API answers
 * {@link #RESOURCE_ALREADY_EXISTS} with 400, the native API with 409.
 *
 * @since 1.0.0
 */
public enum ErrorCode {
    INVALID_PARAMETER_VALUE(400),
    BAD_REQUEST(400),
    UNAUTHENTICATED(401),
    PERMISSION_DENIED(403),
    RESOURCE_DOES_NOT_EXIST(404),
    ENDPOINT_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    RESOURCE_ALREADY_EXISTS(409),
    INVALID_STATE(409),
    PRECONDITION_FAILED(412),
    REQUEST_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    REQUEST_LIMIT_EXCEEDED(429),
    INTERNAL_ERROR(500),
    NOT_IMPLEMENTED(501),
    TEMPORARILY_UNAVAILABLE(503);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** @return the HTTP status the native API answers this code with */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * @param status an HTTP status
     * @return the code a bare status stands for (e.g. 404 from the router), {@link #INTERNAL_ERROR} for other 5xx
     */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : values()) {
            if (code.httpStatus == status && code != BAD_REQUEST && code != RESOURCE_DOES_NOT_EXIST
                && code != INVALID_STATE) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
