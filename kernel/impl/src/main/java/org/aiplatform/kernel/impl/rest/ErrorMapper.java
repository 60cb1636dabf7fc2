package org.aiplatform.kernel.impl.rest;

import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.impl.KernelMessages;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The one place every failure becomes {@code {"error_code", "message"}} with its status: API errors as they are,
 * router errors (404, 405, 406, 413, 415) with a readable message, an unreachable database as 503, and anything
 * else as a 500 whose details go to the log under a reference the client sees, never to the client. A client that
 * hangs up is not an error of the server.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("aiplatform.errors")
@JaxrsApplicationSelect(PlatformRest.API_SELECT)
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = Languages.choose(headers);
        if (failure instanceof ApiFailure carried) {
            return respond(carried.api(), locale, null);
        }
        if (failure instanceof ApiException api) {
            return respond(api, locale, null);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return respond(fromStatus(web.getResponse().getStatus()), locale, web.getResponse());
        }
        if (isClientGone(failure)) {
            // the client hung up mid-request or mid-response: nothing to answer, nothing wrong on this side
            LOG.debug("Connection closed by the client on {}: {}", path(), failure.toString());
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        if (isDatabaseUnreachable(failure)) {
            LOG.warn("Database unreachable: {}", failure.toString());
            return respond(KernelMessages.get().error(ErrorCode.TEMPORARILY_UNAVAILABLE, "error.database"), locale,
                null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Internal error {} on {}", reference, path(), failure);
        return respond(KernelMessages.get().error(ErrorCode.INTERNAL_ERROR, "error.internal", reference), locale,
            null);
    }

    private ApiException fromStatus(int status) {
        ErrorCode code = ErrorCode.forStatus(status);
        return switch (status) {
            case 404 -> KernelMessages.get().error(code, "error.no_endpoint", path());
            case 405 -> KernelMessages.get().error(code, "error.method_not_allowed", path());
            case 406 -> KernelMessages.get().error(code, "error.not_acceptable");
            case 413 -> KernelMessages.get().error(code, "error.too_large");
            case 415 -> KernelMessages.get().error(code, "error.unsupported_media_type");
            default -> KernelMessages.get().error(code, "error.bad_request");
        };
    }

    private String path() {
        try {
            return uriInfo.getRequestUri().getPath();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Response respond(ApiException e, Locale locale, Response original) {
        Response.ResponseBuilder out = Response.status(e.code().httpStatus())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new ErrorBody(e.code().name(), e.message(locale)));
        if (original != null && original.getHeaderString("Allow") != null) {
            out.header("Allow", original.getHeaderString("Allow"));
        }
        if (e.code() == ErrorCode.UNAUTHENTICATED) {
            out.header(HttpHeaders.WWW_AUTHENTICATE, AuthFilter.CHALLENGE);
        }
        return out.build();
    }

    /**
     * Jetty's EofException and broken pipes are IOExceptions. Jackson's are too, but a body it cannot write is a
     * bug of ours (bodies it cannot read never get here: the JSON provider reports them as 400).
     */
    private static boolean isClientGone(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof JsonProcessingException) {
                return false;
            }
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDatabaseUnreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
