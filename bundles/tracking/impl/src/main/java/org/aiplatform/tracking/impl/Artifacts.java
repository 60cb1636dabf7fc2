package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aiplatform.tracking.api.ArtifactInfo;

/** SQL of {@code tracking_artifact}. */
final class Artifacts {
    private static final String COLUMNS = "path, size_bytes, sha256, created_at";

    private Artifacts() {
    }

    static Optional<ArtifactInfo> get(Connection c, String runId, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM tracking_artifact WHERE run_id = ? AND path = ?")) {
            s.setString(1, runId);
            s.setString(2, path);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** @return the files below a directory ("" for all), by path */
    static List<ArtifactInfo> below(Connection c, String runId, String directory) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
            + " FROM tracking_artifact WHERE run_id = ? AND path LIKE ? ESCAPE '!' ORDER BY path")) {
            s.setString(1, runId);
            s.setString(2, ArtifactPaths.below(directory));
            List<ArtifactInfo> files = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    files.add(read(rs));
                }
            }
            return files;
        }
    }

    /**
     * Refuses a file where a directory is (files below the path) or below a file (a prefix of the path is a file).
     */
    static void checkNoClash(Connection c, String runId, String path) throws SQLException {
        if (!below(c, runId, path).isEmpty()) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "artifact.is_directory", path);
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String parent = path.substring(0, slash);
            if (get(c, runId, parent).isPresent()) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "artifact.under_file", path, parent);
            }
        }
    }

    /** Inserts the file or replaces the one at its path. */
    static void upsert(Connection c, String runId, ArtifactInfo file, boolean replace) throws SQLException {
        String sql = replace
            ? "UPDATE tracking_artifact SET size_bytes = ?, sha256 = ?, created_at = ? WHERE run_id = ? AND path = ?"
            : "INSERT INTO tracking_artifact (size_bytes, sha256, created_at, run_id, path) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, file.size());
            s.setString(2, file.sha256());
            s.setLong(3, file.createdAt());
            s.setString(4, runId);
            s.setString(5, file.path());
            s.executeUpdate();
        }
    }

    static void delete(Connection c, String runId, List<ArtifactInfo> files) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM tracking_artifact WHERE run_id = ? AND path = ?")) {
            for (ArtifactInfo file : files) {
                s.setString(1, runId);
                s.setString(2, file.path());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static ArtifactInfo read(ResultSet rs) throws SQLException {
        return new ArtifactInfo(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4));
    }
}
