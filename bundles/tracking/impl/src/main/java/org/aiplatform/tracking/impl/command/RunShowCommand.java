package org.aiplatform.tracking.impl.command;

import java.util.List;
import java.util.Map;

import org.aiplatform.tracking.api.Downsampling;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.MetricSampling;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.SampledPoint;
import org.aiplatform.tracking.api.TrackingService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code aip:run-show}: a run with its params, tags, latest metrics and a sparkline of one metric. */
@Service
@Command(scope = "aip", name = "run-show", description = "Shows a run: params, tags, latest metrics, a sparkline")
public class RunShowCommand implements Action {
    @Reference
    TrackingService tracking;

    @Reference
    MetricSampling sampling;

    @Argument(index = 0, name = "run", required = true, description = "Run id")
    String runId;

    @Option(name = "-m", aliases = "--metric", description = "Draw this metric's history as a sparkline")
    String metric;

    @Option(name = "-w", aliases = "--width", description = "Sparkline width in characters (2 to 400)")
    int width = 60;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        Run run = tracking.getRun(runId);
        ShellTable table = new ShellTable();
        table.column("Property");
        table.column("Value");
        table.addRow().addContent("Id", run.id());
        table.addRow().addContent("Name", run.name());
        table.addRow().addContent("Experiment", run.experimentId());
        table.addRow().addContent("Status", run.status());
        table.addRow().addContent("Lifecycle", run.lifecycle());
        table.addRow().addContent("User", run.user() == null ? "" : run.user());
        table.addRow().addContent("Started", Consoles.time(run.startTime()));
        table.addRow().addContent("Ended", Consoles.time(run.endTime()));
        for (Map.Entry<String, String> param : tracking.params(runId).entrySet()) {
            table.addRow().addContent("param." + param.getKey(), param.getValue());
        }
        for (Map.Entry<String, String> tag : tracking.tags(runId).entrySet()) {
            table.addRow().addContent("tag." + tag.getKey(), tag.getValue());
        }
        for (MetricPoint latest : tracking.latestMetrics(runId)) {
            table.addRow().addContent("metric." + latest.key(), latest.value() + " (step " + latest.step() + ")");
        }
        if (metric != null) {
            // LTTB keeps the curve's shape, one point per character
            List<SampledPoint> points = sampling.sample(runId, metric, Math.max(2, Math.min(width, 400)),
                Downsampling.LTTB);
            table.addRow().addContent("sparkline." + metric, points.isEmpty() ? "(no points)"
                : Sparkline.of(points.stream().map(SampledPoint::value).toList()));
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
