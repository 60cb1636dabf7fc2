package org.aiplatform.rbac.impl.rest;

import java.util.List;
import java.util.Map;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.rbac.impl.RbacMessages;

/**
 * An OAuth 2 token request sent as a form ({@code application/x-www-form-urlencoded}, RFC 6749 §4.3 and §6):
 * {@code grant_type=password} with {@code username} and {@code password}, or {@code grant_type=refresh_token}
 * with {@code refresh_token}. Parameters the grant does not use are ignored ({@code scope}, {@code client_id}), as
 * the RFC allows; a parameter sent twice is refused, as it requires.
 *
 * @param type the grant type
 * @param username the login name of a password grant
 * @param password the password of a password grant
 * @param refreshToken the refresh token of a refresh grant
 */
record TokenGrant(String type, String username, String password, String refreshToken) {
    static final String PASSWORD = "password";
    static final String REFRESH = "refresh_token";

    @Override
    public String toString() {
        return "TokenGrant[" + type + "]"; // never the secrets
    }

    /**
     * @param form the decoded form parameters
     * @return the grant
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE for a missing, repeated or unknown
     *         grant type or a missing parameter of the grant
     */
    static TokenGrant parse(Map<String, List<String>> form) {
        String type = single(form, "grant_type");
        if (PASSWORD.equals(type)) {
            return new TokenGrant(type, single(form, "username"), single(form, "password"), null);
        }
        if (REFRESH.equals(type)) {
            return new TokenGrant(type, null, null, single(form, "refresh_token"));
        }
        throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "auth.grant_type_unsupported",
            type.length() > 40 ? type.substring(0, 40) : type);
    }

    /**
     * @param form the decoded form parameters
     * @param name a parameter
     * @return its one non-empty value
     */
    static String single(Map<String, List<String>> form, String name) {
        List<String> values = form == null ? null : form.get(name);
        if (values != null && values.size() > 1) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "rest.field_repeated", name);
        }
        return Rest.field(values == null || values.isEmpty() ? null : values.get(0), name);
    }
}
