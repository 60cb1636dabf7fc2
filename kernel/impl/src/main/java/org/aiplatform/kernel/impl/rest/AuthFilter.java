package org.aiplatform.kernel.impl.rest;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.Public;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.Authenticator;
import org.aiplatform.kernel.api.security.Authorizer;
import org.aiplatform.kernel.api.security.Credentials;
import org.aiplatform.kernel.impl.KernelMessages;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates every request of the platform APIs and enforces {@link RequiresPermission}. It fails closed: no
 * credentials is 401, credentials while no {@link Authenticator} (or no {@link Authorizer} of the authenticating
 * realm) is registered is 503, and only {@link Public} endpoints answer without credentials.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("aiplatform.auth")
@JaxrsApplicationSelect(PlatformRest.API_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {
    static final String CHALLENGE = "Bearer realm=\"aiplatform\", Basic realm=\"aiplatform\"";
    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);

    /** Highest service ranking first. */
    private final Map<ServiceReference<Authenticator>, Authenticator> authenticators =
        new ConcurrentSkipListMap<>(Comparator.reverseOrder());
    /** Per realm, highest service ranking first. */
    private final Map<ServiceReference<Authorizer>, Authorizer> authorizers =
        new ConcurrentSkipListMap<>(Comparator.reverseOrder());

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAuthenticator(ServiceReference<Authenticator> ref, Authenticator authenticator) {
        authenticators.put(ref, authenticator);
    }

    void removeAuthenticator(ServiceReference<Authenticator> ref) {
        authenticators.remove(ref);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAuthorizer(ServiceReference<Authorizer> ref, Authorizer authorizer) {
        authorizers.put(ref, authorizer);
    }

    void removeAuthorizer(ServiceReference<Authorizer> ref) {
        authorizers.remove(ref);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || isPublic(method, type)) {
            return;
        }
        Credentials credentials = parse(request.getHeaderString(HttpHeaders.AUTHORIZATION), remoteAddress());
        Authenticated authenticated = authenticate(credentials);
        Authorizer authorizer = authorizerOf(authenticated.realm());
        RequestCaller caller = new RequestCaller(authenticated.user(), authorizer);
        request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure(),
            credentials.scheme().name()));
        RequiresPermission required = method.isAnnotationPresent(RequiresPermission.class)
            ? method.getAnnotation(RequiresPermission.class) : type.getAnnotation(RequiresPermission.class);
        if (required != null) {
            String project = required.projectParam().isEmpty() ? null
                : request.getUriInfo().getPathParameters().getFirst(required.projectParam());
            caller.check(required.value(), project);
        }
    }

    private Authenticated authenticate(Credentials credentials) {
        if (authenticators.isEmpty()) {
            throw KernelMessages.get().error(ErrorCode.TEMPORARILY_UNAVAILABLE, "auth.unavailable");
        }
        for (Map.Entry<ServiceReference<Authenticator>, Authenticator> entry : authenticators.entrySet()) {
            Authenticator authenticator = entry.getValue();
            Optional<AuthenticatedUser> user;
            try {
                user = authenticator.authenticate(credentials);
            } catch (ApiException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.error("Authenticator {} failed for {}", authenticator.getClass().getName(), credentials, e);
                throw KernelMessages.get().error(ErrorCode.TEMPORARILY_UNAVAILABLE, "auth.unavailable");
            }
            if (user.isPresent()) {
                return new Authenticated(user.get(), realm(entry.getKey()));
            }
        }
        throw KernelMessages.get().error(ErrorCode.UNAUTHENTICATED, "auth.invalid");
    }

    private Authorizer authorizerOf(String realm) {
        for (Map.Entry<ServiceReference<Authorizer>, Authorizer> entry : authorizers.entrySet()) {
            if (realm.equals(realm(entry.getKey()))) {
                return entry.getValue();
            }
        }
        throw KernelMessages.get().error(ErrorCode.TEMPORARILY_UNAVAILABLE, "auth.unavailable");
    }

    private static String realm(ServiceReference<?> ref) {
        Object realm = ref.getProperty(Authenticator.REALM);
        return realm == null ? Authenticator.DEFAULT_REALM : realm.toString();
    }

    /** A recognised caller and the realm that recognised it. */
    private record Authenticated(AuthenticatedUser user, String realm) {
    }

    private static Credentials parse(String header, String remote) {
        if (header == null || header.isBlank()) {
            throw KernelMessages.get().error(ErrorCode.UNAUTHENTICATED, "auth.required");
        }
        String value = header.trim();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        String rest = space < 0 ? "" : value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer") && !rest.isEmpty()) {
            return Credentials.bearer(rest, remote);
        }
        if (scheme.equalsIgnoreCase("Basic") && !rest.isEmpty()) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(rest), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw KernelMessages.get().error(ErrorCode.UNAUTHENTICATED, "auth.malformed");
            }
            int colon = pair.indexOf(':');
            if (colon > 0) {
                return Credentials.basic(pair.substring(0, colon), pair.substring(colon + 1), remote);
            }
        }
        throw KernelMessages.get().error(ErrorCode.UNAUTHENTICATED, "auth.malformed");
    }

    private String remoteAddress() {
        try {
            return servletRequest.getRemoteAddr();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isPublic(Method method, Class<?> type) {
        return method.isAnnotationPresent(Public.class) || (type != null && type.isAnnotationPresent(Public.class));
    }
}
