package org.aiplatform.tracking.impl.rest;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.tracking.api.ArtifactContent;
import org.aiplatform.tracking.api.ArtifactInfo;
import org.aiplatform.tracking.api.RunArtifacts;
import org.aiplatform.tracking.impl.TrackingMessages;

/**
 * Artifact bytes over the native API: uploads stream into the store, downloads stream out with their length and a
 * type guessed from the extension.
 */
final class Uploads {
    private Uploads() {
    }

    /**
     * @return the stored file
     * @throws org.aiplatform.kernel.api.ApiException 400 when the body did not arrive whole (the client hung up or
     *         sent less than its Content-Length); nothing is stored then
     */
    static ArtifactInfo put(RunArtifacts artifacts, String runId, String path, InputStream body, long length) {
        try {
            return artifacts.put(runId, path, body, length);
        } catch (IOException e) {
            throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "artifact.incomplete",
                e.getMessage());
        }
    }

    /** @return a 200 that streams the file and closes it */
    static Response download(ArtifactContent content) {
        StreamingOutput body = out -> {
            try (InputStream in = content.stream()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, content.mediaType())
            .header(HttpHeaders.CONTENT_LENGTH, content.info().size())
            // an uploaded .html or .svg must not run as a page of the API's origin
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "sandbox")
            .build();
    }
}
