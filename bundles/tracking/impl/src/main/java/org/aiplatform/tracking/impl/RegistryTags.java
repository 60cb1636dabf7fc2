package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.aiplatform.kernel.api.persistence.SqlErrors;

/** Tags of models and of model versions (a version's key has two columns), in the caller's transaction. */
final class RegistryTags {
    /** tracking_model_tag, owned by model_id. */
    static final Owner MODEL = new Owner("tracking_model_tag", "model_id = ?");
    /** tracking_model_version_tag, owned by model_id and version. */
    static final Owner VERSION = new Owner("tracking_model_version_tag", "model_id = ? AND version = ?");

    /** A tag table and the condition naming one owner's tags. */
    record Owner(String table, String where) {
    }

    private RegistryTags() {
    }

    /** Updates the keys that exist and inserts the others. */
    static void set(Connection c, Owner owner, Map<String, String> tags, Object... ownerId) throws SQLException {
        String columns = owner.where().replace(" = ?", "").replace(" AND", ",");
        String marks = String.join(", ", Arrays.stream(ownerId).map(id -> "?").toList());
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            int updated;
            try (PreparedStatement s = c.prepareStatement("UPDATE " + owner.table() + " SET tag_value = ? WHERE "
                + owner.where() + " AND tag_key = ?")) {
                Rows.bind(s, args(tag.getValue(), ownerId, tag.getKey()));
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + owner.table() + " (" + columns
                    + ", tag_key, tag_value) VALUES (" + marks + ", ?, ?)")) {
                    Rows.bind(s, args(null, ownerId, tag.getKey(), tag.getValue()));
                    s.executeUpdate();
                }
            }
        }
    }

    /**
     * @param required whether a missing tag is an error
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST when required and there is no such tag
     */
    static void delete(Connection c, Owner owner, String key, boolean required, Object... ownerId)
        throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + owner.table() + " WHERE " + owner.where()
            + " AND tag_key = ?")) {
            Rows.bind(s, args(null, ownerId, key));
            if (s.executeUpdate() == 0 && required) {
                throw TrackingMessages.get().error(RESOURCE_DOES_NOT_EXIST, "model.tag_not_found", key);
            }
        }
    }

    /** Two writers inserting the same new key (or alias) race on the primary key: the loser tries once more. */
    static <R> R retryRace(Supplier<R> write) {
        try {
            return write.get();
        } catch (IllegalStateException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            return write.get();
        }
    }

    /** @return first (when not null), the owner's ids, then the rest */
    private static Object[] args(Object first, Object[] ownerId, Object... rest) {
        List<Object> args = new ArrayList<>();
        if (first != null) {
            args.add(first);
        }
        args.addAll(Arrays.asList(ownerId));
        args.addAll(Arrays.asList(rest));
        return args.toArray();
    }
}
