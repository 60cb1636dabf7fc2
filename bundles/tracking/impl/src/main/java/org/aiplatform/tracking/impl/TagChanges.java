package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A merge patch of tags: a key with a value is set, a key with null removed (when present). */
record TagChanges(Map<String, String> set, Set<String> removed) {

    /** @return the changes, checked against the tag limits */
    static TagChanges of(Map<String, String> tags) {
        Map<String, String> set = new HashMap<>();
        Set<String> removed = new HashSet<>();
        if (tags != null) {
            tags.forEach((key, value) -> {
                if (value == null) {
                    removed.add(BatchLimits.text("tag key", key, BatchLimits.MAX_KEY));
                } else {
                    set.put(key, value);
                }
            });
        }
        return new TagChanges(RegistryRules.tags(set), removed);
    }

    void apply(Connection c, RegistryTags.Owner owner, Object... ownerId) throws SQLException {
        RegistryTags.set(c, owner, set, ownerId);
        for (String key : removed) {
            RegistryTags.delete(c, owner, key, false, ownerId);
        }
    }
}
