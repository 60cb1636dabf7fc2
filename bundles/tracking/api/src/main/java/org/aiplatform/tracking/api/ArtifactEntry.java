package org.aiplatform.tracking.api;

/**
 * One node of an artifact listing: a file, or a directory implied by the paths of the files below it.
 *
 * @param path the path relative to the run's artifact root
 * @param directory true for a directory
 * @param file the file's details, or null for a directory
 * @since 1.1.0
 */
public record ArtifactEntry(String path, boolean directory, ArtifactInfo file) {
    /** @return a directory entry */
    public static ArtifactEntry directory(String path) {
        return new ArtifactEntry(path, true, null);
    }

    /** @return a file entry */
    public static ArtifactEntry file(ArtifactInfo info) {
        return new ArtifactEntry(info.path(), false, info);
    }
}
