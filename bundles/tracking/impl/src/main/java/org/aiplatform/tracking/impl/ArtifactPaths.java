package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import org.aiplatform.tracking.api.RunArtifacts;

/** The rules an artifact path follows, so that no path can escape its run or mean two things. */
final class ArtifactPaths {
    private ArtifactPaths() {
    }

    /** @return the path of a file, checked */
    static String file(String path) {
        if (path == null || path.isEmpty()) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "artifact.path_required");
        }
        return directory(path);
    }

    /** @return the path of a directory, checked; empty (or null) is the run's root */
    static String directory(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        if (path.length() > RunArtifacts.MAX_PATH) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "artifact.path_too_long",
                RunArtifacts.MAX_PATH);
        }
        if (path.indexOf('\\') >= 0) {
            throw invalid(path, "artifact.path_backslash");
        }
        if (path.startsWith("/")) {
            throw invalid(path, "artifact.path_absolute");
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                throw invalid(path, "artifact.path_control");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid(path, "artifact.path_segment");
            }
        }
        return path;
    }

    /** @return the LIKE pattern of everything below a directory, with {@code !} as escape character */
    static String below(String directory) {
        String escaped = directory.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return escaped.isEmpty() ? "%" : escaped + "/%";
    }

    private static RuntimeException invalid(String path, String reasonKey) {
        return TrackingMessages.get().error(INVALID_PARAMETER_VALUE, reasonKey, path);
    }
}
