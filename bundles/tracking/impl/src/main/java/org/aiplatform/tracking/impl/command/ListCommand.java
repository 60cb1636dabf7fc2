package org.aiplatform.tracking.impl.command;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.Lifecycle;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.table.ShellTable;

/** The options the tracking list commands share: trash or not, how many rows, plain output. */
abstract class ListCommand implements Action {
    @Option(name = "--deleted", description = "What is in the trash instead of what is active")
    boolean deleted;

    @Option(name = "-n", aliases = "--limit", description = "Maximum rows (1 to 1000)")
    int limit = 100;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    Lifecycle lifecycle() {
        return deleted ? Lifecycle.DELETED : Lifecycle.ACTIVE;
    }

    PageRequest page() {
        return PageRequest.first(limit);
    }

    /** @return a table with these columns */
    static ShellTable table(String empty, String... columns) {
        ShellTable table = new ShellTable().emptyTableText(empty);
        for (String column : columns) {
            table.column(column);
        }
        return table;
    }

    void print(ShellTable table) {
        table.print(System.out, !noFormat);
    }
}
