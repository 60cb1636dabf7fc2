package org.aiplatform.rbac.impl.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.security.Caller;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.auth.AccessCache;

/** What the rbac resources share: required bodies and fields, 201 answers, and callers that may act. */
final class Rest {

    private Rest() {
    }

    /** A JSON {@code null} body reads as null; it is as missing as no body at all. */
    static <T> T required(T body) {
        if (body == null) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "rest.body_required");
        }
        return body;
    }

    /** @return the text, which must be present and not blank */
    static String field(String value, String name) {
        if (value == null || value.isBlank()) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "rest.field_required", name);
        }
        return value;
    }

    /** @return 201 with the new resource's address and the resource */
    static Response created(UriInfo uri, String id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(entity).build();
    }

    /**
     * Endpoints open to any authenticated caller still refuse a platform account that must first change its
     * password (the authorizer refuses it every permission; this covers the endpoints that check none).
     *
     * @return the caller
     */
    static Caller usable(SecurityContext security, AccessCache access) {
        Caller caller = Callers.of(security);
        if (access.access(caller.user().id()).map(a -> !a.isUsable()).orElse(false)) {
            throw RbacMessages.get().error(ErrorCode.PERMISSION_DENIED, "auth.password_change_required");
        }
        return caller;
    }
}
