package org.aiplatform.tracking.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;

/**
 * An artifact opened for reading; the caller closes it.
 *
 * @param info the file
 * @param stream its bytes
 * @since 1.1.0
 */
public record ArtifactContent(ArtifactInfo info, InputStream stream) implements Closeable {
    /** @return the media type its extension suggests, {@code application/octet-stream} when none does */
    public String mediaType() {
        String type = URLConnection.guessContentTypeFromName(info.path());
        return type == null ? "application/octet-stream" : type;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
