package org.aiplatform.sdk.testkit.auth;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.aiplatform.kernel.api.security.ProjectScope;
import org.aiplatform.sdk.testkit.TestRealm;

/**
 * A user of the test realm and its grants.
 *
 * @param name the user name (also its id)
 * @param global permissions held everywhere ({@code *} for all)
 * @param perProject permission to the projects it is held in
 */
record TestUser(String name, Set<String> global, Map<String, Set<String>> perProject) {

    static Map<String, TestUser> parse(Map<String, Object> properties) {
        Map<String, TestUser> users = new HashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(TestRealm.TOKEN_PREFIX) && value != null) {
                users.put(key.substring(TestRealm.TOKEN_PREFIX.length()), of(value.toString()));
            }
        });
        return Map.copyOf(users);
    }

    /** @param line {@code <user> <permission> <permission>@<projectId> ...} */
    static TestUser of(String line) {
        String[] words = line.trim().split("\\s+");
        Set<String> global = new HashSet<>();
        Map<String, Set<String>> perProject = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            int at = words[i].indexOf('@');
            if (at < 0) {
                global.add(words[i]);
            } else {
                perProject.computeIfAbsent(words[i].substring(0, at), p -> new HashSet<>())
                    .add(words[i].substring(at + 1));
            }
        }
        return new TestUser(words[0], Set.copyOf(global), Map.copyOf(perProject));
    }

    boolean permits(String permission, String projectId) {
        return global.contains("*") || global.contains(permission)
            || (projectId != null && perProject.getOrDefault(permission, Set.of()).contains(projectId));
    }

    ProjectScope scope(String permission) {
        if (global.contains("*") || global.contains(permission)) {
            return ProjectScope.all();
        }
        return ProjectScope.of(perProject.getOrDefault(permission, Set.of()));
    }
}
