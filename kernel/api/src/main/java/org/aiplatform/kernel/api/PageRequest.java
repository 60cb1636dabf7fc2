package org.aiplatform.kernel.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One page of a list: at most {@code maxResults} items after the position {@code cursor} (null for the first page).
 * The cursor is whatever the store needs to resume (a key, an offset); clients only ever see it as an opaque
 * {@code page_token}.
 *
 * @param maxResults the page size, 1 to {@link #MAX_LIMIT}
 * @param cursor the decoded position to resume after, or null for the first page
 * @since 1.0.0
 */
public record PageRequest(int maxResults, String cursor) {
    /** Page size when the client gives none. */
    public static final int DEFAULT_MAX_RESULTS = 100;
    /** Largest page any native list endpoint returns. */
    public static final int MAX_LIMIT = 1000;
    private static final String PREFIX = "aip1:";

    /**
     * @param maxResults the page size, 1 to {@link #MAX_LIMIT}
     * @param cursor the position to resume after, or null
     * @throws ApiException INVALID_PARAMETER_VALUE when the size is out of range
     */
    public PageRequest {
        if (maxResults < 1 || maxResults > MAX_LIMIT) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER_VALUE,
                "max_results must be between 1 and " + MAX_LIMIT + ", got " + maxResults);
        }
    }

    /**
     * Reads the {@code max_results} and {@code page_token} query parameters.
     *
     * @param maxResults the requested size, or null for {@link #DEFAULT_MAX_RESULTS}
     * @param pageToken a token from {@link Page#nextPageToken()}, or null/empty for the first page
     * @return the request
     * @throws ApiException INVALID_PARAMETER_VALUE for a size out of range or a token this platform did not issue
     */
    public static PageRequest of(Integer maxResults, String pageToken) {
        return new PageRequest(maxResults == null ? DEFAULT_MAX_RESULTS : maxResults, decode(pageToken));
    }

    /**
     * Reads the raw query parameters, so that a malformed number is a 400 (JAX-RS would answer 404 for a
     * {@code @QueryParam Integer} it cannot convert).
     *
     * @param maxResults the {@code max_results} text, or null
     * @param pageToken the {@code page_token}, or null
     * @return the request
     * @throws ApiException INVALID_PARAMETER_VALUE for a non-numeric or out-of-range size or a foreign token
     */
    public static PageRequest parse(String maxResults, String pageToken) {
        Integer size = null;
        if (maxResults != null && !maxResults.isBlank()) {
            try {
                size = Integer.valueOf(maxResults.trim());
            } catch (NumberFormatException e) {
                throw new ApiException(ErrorCode.INVALID_PARAMETER_VALUE,
                    "max_results must be an integer, got '" + maxResults + "'");
            }
        }
        return of(size, pageToken);
    }

    /**
     * @param maxResults the page size
     * @return the first page
     */
    public static PageRequest first(int maxResults) {
        return new PageRequest(maxResults, null);
    }

    /**
     * @param cursor the position of the last item returned
     * @return the opaque token a client sends back to get the next page
     */
    public static String encode(String cursor) {
        return Base64.getUrlEncoder().withoutPadding()
            .encodeToString((PREFIX + cursor).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return text.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // not base64: reported below like any token we did not issue
        }
        throw new ApiException(ErrorCode.INVALID_PARAMETER_VALUE, "Invalid page_token");
    }
}
