package org.aiplatform.kernel.impl.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.impl.KernelMessages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Refuses JSON bodies over the configured size with 413 before they are parsed: by {@code Content-Length} when
 * the client sends one, and while reading when it streams (chunked). A resource method that takes its body as a raw
 * {@link InputStream} (a file upload, whatever media type the client names, say a {@code .json} artifact) is
 * left alone: it streams the body to storage and sets its own, larger limit.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = KernelConfig.PID)
@Designate(ocd = KernelConfig.class)
@JaxrsExtension
@JaxrsName("aiplatform.body-limit")
@JaxrsApplicationSelect(PlatformRest.API_SELECT)
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {
    private volatile long maxBytes;

    @Context
    ResourceInfo resourceInfo;

    @Activate
    public BodyLimitFilter(KernelConfig config) {
        modified(config);
    }

    @Modified
    void modified(KernelConfig config) {
        this.maxBytes = config.rest_max_json_bytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return;
        }
        if (streamsItsBody(resourceInfo.getResourceMethod())) {
            return;
        }
        long limit = maxBytes;
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    /** @return true when the method's entity parameter (the one without a JAX-RS annotation) is an InputStream */
    static boolean streamsItsBody(Method method) {
        if (method == null) {
            return false;
        }
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            if (InputStream.class.equals(types[i]) && annotations[i].length == 0) {
                return true;
            }
        }
        return false;
    }

    private static ApiFailure tooLarge(long limit) {
        return new ApiFailure(KernelMessages.get().error(ErrorCode.REQUEST_TOO_LARGE, "error.too_large_limit", limit));
    }

    /** Counts what the parser reads and stops it at the limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
