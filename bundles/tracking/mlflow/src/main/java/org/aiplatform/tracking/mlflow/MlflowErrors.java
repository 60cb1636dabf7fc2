package org.aiplatform.tracking.mlflow;

import java.util.Locale;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * MLflow's statuses for the platform's errors, as {@code {"error_code", "message"}}: the same codes as the native
 * API, but {@code RESOURCE_ALREADY_EXISTS} is 400 (MLflow's {@code exceptions.py}), not 409. JAX-RS picks the
 * mapper of the closest exception type, so this one answers every ApiException of the MLflow application (the
 * authentication filter's 401 and 403 included); the kernel's mapper keeps everything else (router 404s, 500s).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("aiplatform.mlflow.errors")
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
public class MlflowErrors implements ExceptionMapper<ApiException> {
    /** The platform's challenge: MLflow clients answer it with Basic credentials or a Bearer token. */
    private static final String CHALLENGE = "Bearer realm=\"aiplatform\", Basic realm=\"aiplatform\"";

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ApiException e) {
        Response response = MlflowJson.json(status(e.code()), MlflowJson.object()
            .put("error_code", e.code().name())
            .put("message", e.message(locale())));
        if (e.code() == ErrorCode.UNAUTHENTICATED) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response;
    }

    /** @return the HTTP status MLflow answers the code with */
    static int status(ErrorCode code) {
        return code == ErrorCode.RESOURCE_ALREADY_EXISTS ? 400 : code.httpStatus();
    }

    private Locale locale() {
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if (!"*".equals(locale.getLanguage())) {
                    return locale;
                }
            }
        } catch (RuntimeException e) {
            // no request headers (or a malformed Accept-Language): English
        }
        return Locale.ROOT;
    }
}
