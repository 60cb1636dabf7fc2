package org.aiplatform.kernel.impl.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;
import org.apache.karaf.shell.support.ShellUtil;

/** What the project commands share: finding a project by id or name, the acting user, time formatting. */
final class Projects {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneId.systemDefault());

    private Projects() {
    }

    /** @throws IllegalArgumentException (printed by the console) when nothing matches */
    static Project resolve(ProjectService projects, String idOrName) {
        return projects.find(idOrName).or(() -> projects.findByName(idOrName))
            .orElseThrow(() -> new IllegalArgumentException("No project with id or name '" + idOrName + "'"));
    }

    /** @return the console user, recorded as the actor in the audit log */
    static String actor() {
        String user = ShellUtil.getCurrentUserName();
        return user == null ? "console" : user;
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
