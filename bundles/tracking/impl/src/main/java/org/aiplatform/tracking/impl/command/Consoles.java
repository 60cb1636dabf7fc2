package org.aiplatform.tracking.impl.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectService;

/** What the tracking commands share: finding a project by id or name, time formatting. */
final class Consoles {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneId.systemDefault());

    private Consoles() {
    }

    /** @throws IllegalArgumentException (printed by the console) when nothing matches */
    static Project project(ProjectService projects, String idOrName) {
        return projects.find(idOrName).or(() -> projects.findByName(idOrName))
            .orElseThrow(() -> new IllegalArgumentException("No project with id or name '" + idOrName + "'"));
    }

    /** @return epoch ms as local time, or "" */
    static String time(Long epochMillis) {
        return epochMillis == null ? "" : TIME.format(Instant.ofEpochMilli(epochMillis));
    }
}
