package org.aiplatform.tracking.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An artifact opened for reading; the caller closes it.
 *
 * @param info the file
 * @param stream its bytes
 * @since 1.1.0
 */
public record ArtifactContent(ArtifactInfo info, InputStream stream) implements Closeable {
    @Override
    public void close() throws IOException {
        stream.close();
    }
}
