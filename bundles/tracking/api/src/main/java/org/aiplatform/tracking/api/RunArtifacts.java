package org.aiplatform.tracking.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Files under a run (models, plots, checkpoints), stored as kernel blobs and streamed both ways. Paths are relative,
 * segments separated by {@code /}; none is empty, {@code .} or {@code ..}, and backslashes are refused. Permission
 * checks are the caller's (the REST resources check them in the run's project).
 *
 * @since 1.1.0
 */
@ProviderType
public interface RunArtifacts {
    /** Longest artifact path, in characters. */
    int MAX_PATH = 500;

    /**
     * Stores (or replaces) a file, reading the stream once.
     *
     * @param runId an active run
     * @param path where under the run
     * @param content the bytes; not closed
     * @param size the announced length, or -1 when unknown
     * @return the stored file
     * @throws IOException when the stream fails or ends short of {@code size}: nothing is stored
     * @throws org.aiplatform.kernel.api.ApiException {@code INVALID_PARAMETER_VALUE} for a bad path, a deleted run,
     *         or a path that clashes with a file or directory; {@code REQUEST_TOO_LARGE} over the size limit;
     *         {@code RESOURCE_DOES_NOT_EXIST} for an unknown run
     */
    ArtifactInfo put(String runId, String path, InputStream content, long size) throws IOException;

    /**
     * @return the file's details and bytes
     * @throws IOException when the blob store cannot be read
     * @throws org.aiplatform.kernel.api.ApiException {@code RESOURCE_DOES_NOT_EXIST} when there is no such file
     */
    ArtifactContent open(String runId, String path) throws IOException;

    /**
     * @param directory a directory path, or empty for the run's root
     * @param recursive every file and directory below, instead of the direct children only
     * @return the entries sorted by path (empty when there is no such directory)
     */
    List<ArtifactEntry> list(String runId, String directory, boolean recursive);

    /**
     * Deletes a file, or a directory with everything below it.
     *
     * @return how many files were deleted
     * @throws org.aiplatform.kernel.api.ApiException {@code RESOURCE_DOES_NOT_EXIST} when nothing is at the path,
     *         {@code INVALID_PARAMETER_VALUE} for a deleted run
     */
    int delete(String runId, String path);
}
