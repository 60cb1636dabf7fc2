package org.aiplatform.itests;

import java.util.Set;

/**
 * One row of the permission matrix: an operation as the OpenAPI document names it, a body, and who may call it.
 * Path parameters and {@code {placeholders}} in the body are filled per call by {@link MatrixFixtures}.
 *
 * @param method the HTTP method, upper case
 * @param path the path under {@code /api/v1}, as in the OpenAPI document
 * @param body the JSON body, or null for none
 * @param allowed who gets a 2xx; every other authenticated caller gets 403, and {@link Who#ANONYMOUS} 401
 * @param consumesCaller true when the call uses up its caller (logout, password change): it runs as a new account
 *                     of the same kind
 * @param query a query string sent with every call, or null
 */
record Endpoint(String method, String path, String body, Set<Who> allowed, boolean consumesCaller, String query) {

    static Endpoint of(String method, String path, Set<Who> allowed) {
        return new Endpoint(method, path, null, allowed, false, null);
    }

    static Endpoint of(String method, String path, String body, Set<Who> allowed) {
        return new Endpoint(method, path, body, allowed, false, null);
    }

    /** @return this endpoint, run as a new account per call */
    Endpoint asFreshAccount() {
        return new Endpoint(method, path, body, allowed, true, query);
    }

    /** @return this endpoint called with a query string (a stream that ends, say); the key stays the path */
    Endpoint withQuery(String queryString) {
        return new Endpoint(method, path, body, allowed, consumesCaller, queryString);
    }

    /** @return {@code METHOD /path}, the key the OpenAPI document is compared on */
    String key() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return key();
    }
}
