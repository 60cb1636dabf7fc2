package org.aiplatform.rbac.impl.command;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.impl.crypto.Secrets;
import org.apache.karaf.shell.support.ShellUtil;

/** What the account commands share: finding users and projects by name or id, the acting user, output. */
final class Accounts {
    private Accounts() {
    }

    /**
     * @return the id of the console user's account, as REST calls record it in the audit log; the console user's
     *         name when it is no platform account (a local console)
     */
    static String actor(UserService users) {
        String name = ShellUtil.getCurrentUserName();
        if (name == null) {
            return "console";
        }
        return users.findByUsername(name).map(User::id).orElse(name);
    }

    /** @throws IllegalArgumentException (printed by the console) when nothing matches */
    static User user(UserService users, String nameOrId) {
        return users.findByUsername(nameOrId).or(() -> users.find(nameOrId))
            .orElseThrow(() -> new IllegalArgumentException("No user with name or id '" + nameOrId + "'"));
    }

    /** @throws IllegalArgumentException (printed by the console) when nothing matches */
    static Project project(ProjectService projects, String idOrName) {
        return projects.find(idOrName).or(() -> projects.findByName(idOrName))
            .orElseThrow(() -> new IllegalArgumentException("No project with id or name '" + idOrName + "'"));
    }

    /** @return up to {@code limit} users whose names contain the query (all for null), by name */
    static List<User> users(UserService users, String query, int limit) {
        List<User> found = new ArrayList<>();
        PageRequest page = PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)));
        while (found.size() < limit) {
            Page<User> result = users.list(query, page);
            result.items().stream().limit(limit - found.size()).forEach(found::add);
            if (result.nextPageToken() == null) {
                break;
            }
            page = PageRequest.of(page.maxResults(), result.nextPageToken());
        }
        return found;
    }

    /** @return a password of 20 URL-safe characters (120 random bits) */
    static String generatePassword() {
        return Secrets.token("", 15);
    }

    /** @return UTC, to the second, ISO-8601: the same on every console and easy to parse */
    static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
