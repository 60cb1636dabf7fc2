package org.aiplatform.kernel.api;

import java.util.Locale;

/**
 * A failure the caller can understand and act on: the REST layer turns it into
 * {@code {"error_code": code, "message": ...}} with the code's HTTP status; anything else becomes a logged 500.
 * Throw it before anything is written, so that a failed request changes nothing.
 *
 * @since 1.0.0
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Object[] NO_ARGS = {};

    private final ErrorCode code;
    private final transient Messages messages;
    private final String key;
    private final transient Object[] args;

    /**
     * @param code the error code
     * @param message the English message, shown as is in every language
     */
    public ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
        this.messages = null;
        this.key = null;
        this.args = NO_ARGS;
    }

    /**
     * A localised error; prefer {@link Messages#error(ErrorCode, String, Object...)}.
     *
     * @param code the error code
     * @param messages the texts of the throwing bundle
     * @param key the message key
     * @param args the message arguments
     */
    public ApiException(ErrorCode code, Messages messages, String key, Object... args) {
        super(messages.format(Locale.ROOT, key, args));
        this.code = code;
        this.messages = messages;
        this.key = key;
        this.args = args.clone();
    }

    /** @return the error code */
    public ErrorCode code() {
        return code;
    }

    /**
     * @param locale the reader's locale
     * @return the message in that language when a translation exists, else in English
     */
    public String message(Locale locale) {
        return messages == null ? getMessage() : messages.format(locale, key, args);
    }
}
