package org.aiplatform.tracking.mlflow;

import java.util.List;

import org.aiplatform.tracking.api.ArtifactEntry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** MLflow's {@code FileInfo} objects: {@code path}, {@code is_dir}, and {@code file_size} for files only. */
final class ArtifactViews {
    private ArtifactViews() {
    }

    /**
     * @param entries a directory's entries
     * @param strip how many leading characters of each path to drop (the proxy lists names relative to the
     *              directory, artifacts/list relative to the run's root)
     * @return {@code {"files": [...]}}, or {@code {}} for none, as MLflow answers
     */
    static ObjectNode files(List<ArtifactEntry> entries, int strip) {
        ObjectNode out = MlflowJson.object();
        if (entries.isEmpty()) {
            return out;
        }
        ArrayNode files = out.putArray("files");
        for (ArtifactEntry entry : entries) {
            ObjectNode file = files.addObject().put("path", entry.path().substring(strip))
                .put("is_dir", entry.directory());
            if (entry.file() != null) {
                file.put("file_size", entry.file().size());
            }
        }
        return out;
    }
}
