package org.aiplatform.kernel.impl.command;

import org.aiplatform.kernel.api.health.BundleHealth;
import org.aiplatform.kernel.api.health.HealthReport;
import org.aiplatform.kernel.api.health.HealthResult;
import org.aiplatform.kernel.api.health.HealthService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:health}: readiness, each check, and (with -b) each platform bundle. */
@Service
@Command(scope = "aip", name = "health", description = "Shows whether the platform is ready, and why not")
public class HealthCommand implements Action {
    @Reference
    HealthService health;

    @Option(name = "-b", aliases = "--bundles", description = "Also list every platform bundle")
    boolean bundles;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        HealthReport report = health.report();
        System.out.println("Platform " + (report.ready() ? "READY" : "NOT READY"));
        ShellTable checks = new ShellTable();
        checks.column("Check");
        checks.column("Status");
        checks.column("Detail");
        for (HealthResult r : report.checks()) {
            checks.addRow().addContent(r.name(), r.status(), r.detail() == null ? "" : r.detail());
        }
        long waiting = report.bundles().stream().filter(b -> !b.isReady()).count();
        checks.addRow().addContent("bundles", waiting == 0 ? "UP" : "DOWN",
            report.bundles().size() + " platform bundle(s), " + waiting + " not ready");
        checks.print(System.out, !noFormat);
        if (bundles || waiting > 0) {
            ShellTable table = new ShellTable();
            table.column("Bundle");
            table.column("Version");
            table.column("State");
            table.column("Waiting components");
            for (BundleHealth b : report.bundles()) {
                table.addRow().addContent(b.symbolicName(), b.version(), b.state(),
                    String.join(", ", b.unsatisfiedComponents()));
            }
            table.print(System.out, !noFormat);
        }
        return null;
    }
}
