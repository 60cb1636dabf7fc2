package org.aiplatform.kernel.impl.command;

import java.util.Locale;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectQuery;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.project.ProjectState;
import org.aiplatform.kernel.api.security.ProjectScope;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:project-list}: the projects, by name. */
@Service
@Command(scope = "aip", name = "project-list", description = "Lists projects by name")
public class ProjectListCommand implements Action {
    @Reference
    ProjectService projects;

    @Option(name = "-s", aliases = "--state", description = "active (default), archived or all")
    @Completion(value = StringsCompleter.class, values = {"active", "archived", "all"})
    String state = "active";

    @Option(name = "-q", aliases = "--query", description = "Only names containing this text")
    String query;

    @Option(name = "-n", aliases = "--limit", description = "Maximum rows")
    int limit = 100;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ProjectState filter = switch (state.toLowerCase(Locale.ROOT)) {
            case "active" -> ProjectState.ACTIVE;
            case "archived" -> ProjectState.ARCHIVED;
            case "all" -> null;
            default -> throw new IllegalArgumentException("--state must be active, archived or all");
        };
        ShellTable table = new ShellTable().emptyTableText("No projects");
        table.column("Name");
        table.column("Id");
        table.column("State");
        table.column("Owner");
        table.column("Created");
        ProjectQuery q = new ProjectQuery(filter, query, ProjectScope.all());
        PageRequest page = PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)));
        int shown = 0;
        while (shown < limit) {
            Page<Project> result = projects.list(q, page);
            for (Project p : result.items()) {
                if (shown++ < limit) {
                    table.addRow().addContent(p.name(), p.id(), p.state(), p.owner(), Projects.time(p.createdAt()));
                }
            }
            if (result.nextPageToken() == null) {
                break;
            }
            page = PageRequest.of(page.maxResults(), result.nextPageToken());
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
