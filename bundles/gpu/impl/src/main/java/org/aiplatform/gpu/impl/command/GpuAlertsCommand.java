package org.aiplatform.gpu.impl.command;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.aiplatform.gpu.api.GpuAlert;
import org.aiplatform.gpu.api.GpuMonitor;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:gpu-alerts}: the alerts, newest first; acknowledges or resolves one. */
@Service
@Command(scope = "aip", name = "gpu-alerts", description = "Lists GPU alerts, newest first; --ack or --resolve one")
public class GpuAlertsCommand implements Action {
    @Reference
    GpuMonitor monitor;

    @Reference(optional = true)
    Session session;

    @Option(name = "-s", aliases = "--state", description = "firing, acknowledged or resolved")
    String state;

    @Option(name = "-n", aliases = "--limit", description = "Maximum rows")
    int limit = 50;

    @Option(name = "--ack", description = "Acknowledge the alert with this id")
    Long acknowledge;

    @Option(name = "--resolve", description = "Resolve the alert with this id")
    Long resolve;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        String user = session == null || session.get("USER") == null ? "console" : session.get("USER").toString();
        if (acknowledge != null) {
            monitor.acknowledge(acknowledge, user);
        }
        if (resolve != null) {
            monitor.resolve(resolve, user);
        }
        GpuAlert.State filter = state == null ? null : GpuAlert.State.valueOf(state.toUpperCase(Locale.ROOT));
        List<GpuAlert> alerts = monitor.alerts(filter, limit);
        ShellTable table = new ShellTable().emptyTableText("No GPU alert");
        for (String column : List.of("Id", "State", "Severity", "Rule", "GPU", "Value", "Fired", "By")) {
            table.column(column);
        }
        for (GpuAlert a : alerts) {
            String by = a.resolvedBy() != null ? a.resolvedBy() : a.acknowledgedBy() == null ? "" : a.acknowledgedBy();
            table.addRow().addContent(a.id(), a.state(), a.severity(), a.rule(), a.gpuIndex(),
                a.metric() + " " + a.value(), Instant.ofEpochMilli(a.firedAt()), by);
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
