package org.aiplatform.kernel.impl.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

/** Exposes the authenticated {@link RequestCaller} to resources as {@code @Context SecurityContext}. */
final class CallerContext implements SecurityContext {
    private final RequestCaller caller;
    private final boolean secure;
    private final String scheme;

    CallerContext(RequestCaller caller, boolean secure, String scheme) {
        this.caller = caller;
        this.secure = secure;
        this.scheme = scheme;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false; // the platform checks permissions, not roles: see Caller#isPermitted
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SecurityContext.BASIC_AUTH.equalsIgnoreCase(scheme) ? SecurityContext.BASIC_AUTH : scheme;
    }
}
