package org.aiplatform.gpu.impl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.aiplatform.gpu.api.GpuAlert;
import org.aiplatform.gpu.api.GpuMonitor;
import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.GpuStatus;
import org.aiplatform.gpu.api.HistoryPoint;
import org.aiplatform.gpu.impl.alert.Alerts;
import org.aiplatform.gpu.impl.history.History;
import org.aiplatform.gpu.impl.proc.ProcessTable;
import org.aiplatform.kernel.api.schema.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The GPU monitor of this node: a {@link Monitor} ticked by one scheduler thread at the configured period. */
@Component(service = GpuMonitor.class, configurationPid = GpuMonitorComponent.PID)
@Designate(ocd = GpuMonitorComponent.Config.class)
public class GpuMonitorComponent implements GpuMonitor {
    static final String PID = "org.aiplatform.gpu";
    private static final Logger LOG = LoggerFactory.getLogger(GpuMonitorComponent.class);

    @ObjectClassDefinition(name = "AI Platform - GPU monitoring")
    @interface Config {
        @AttributeDefinition(description = "libnvidia-ml file; empty searches the system's library path")
        String library_path() default "";

        @AttributeDefinition(description = "Milliseconds between samples")
        long sample_period_ms() default 1000;

        @AttributeDefinition(description = "Samples per GPU kept in memory for live views")
        int ring_size() default 300;

        @AttributeDefinition(description = "Samples between reads of power limit, PCIe throughput, ECC and MIG mode")
        int slow_metrics_every() default 10;

        @AttributeDefinition(description = "This node's name in history and alerts; empty uses the host name")
        String hostname() default "";

        @AttributeDefinition(description = "Environment variables of a GPU process (or an ancestor) naming its run, "
            + "comma separated")
        String run_variables() default "MLFLOW_RUN_ID, AIP_RUN_ID";

        @AttributeDefinition(description = "Hours the 1-second history is kept")
        long history_second_retention_hours() default 1;

        @AttributeDefinition(description = "Days the 1-minute history is kept")
        long history_minute_retention_days() default 7;

        @AttributeDefinition(description = "Days the 1-hour history is kept")
        long history_hour_retention_days() default 365;

        @AttributeDefinition(description = "Seconds of samples averaged into one GPU system metric point of a run")
        int system_metrics_seconds() default 10;

        @AttributeDefinition(description = "Alert rules separated by ';', each "
            + "'<name>: <metric> > <threshold> for <seconds>s <info|warning|critical>'")
        String alert_rules() default "gpu-hot: temperature_celsius > 85 for 60s critical; "
            + "memory-full: memory_used_percent > 95 for 30s warning; "
            + "ecc-uncorrected: ecc_uncorrected_errors > 0 critical; throttled: throttle_slowdown > 0 for 30s warning";
    }

    private final Monitor monitor;
    private final ScheduledExecutorService sampler;

    /** The schema reference makes the component wait until the gpu tables are migrated. */
    @Activate
    public GpuMonitorComponent(@Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource,
                               @Reference(target = "(aiplatform.schema=gpu)") Schema schema,
                               @Reference EventAdmin events, Config config) {
        String host = config.hostname().isBlank() ? localHost() : config.hostname();
        Jdbc jdbc = new Jdbc(dataSource);
        History history = new History(jdbc, host, tiers(config));
        Alerts alerts = new Alerts(List.of(config.alert_rules().split(";")), jdbc, host, events);
        ProcessTable processes = new ProcessTable(Path.of("/proc"),
            Stream.of(config.run_variables().split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList());
        this.monitor = new Monitor(config.library_path(), host, processes, history, alerts,
            Math.max(1, config.ring_size()), Math.max(1, config.slow_metrics_every()), System::currentTimeMillis);
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "aiplatform-gpu-sampler");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(10, config.sample_period_ms());
        sampler.execute(monitor::open); // loading the library is I/O: off the activation thread
        sampler.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    static List<History.Tier> tiers(Config config) {
        return List.of(new History.Tier(1000, TimeUnit.HOURS.toMillis(config.history_second_retention_hours())),
            new History.Tier(60_000, TimeUnit.DAYS.toMillis(config.history_minute_retention_days())),
            new History.Tier(3_600_000, TimeUnit.DAYS.toMillis(config.history_hour_retention_days())));
    }

    /** A scheduled task that throws is never run again: nothing may escape. */
    private void tick() {
        try {
            monitor.tick(System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.warn("GPU sample failed", e);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        sampler.shutdown();
        if (!sampler.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("GPU sampler did not stop in time");
        }
        monitor.close();
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "localhost" : env;
        }
    }

    @Override
    public GpuStatus status() {
        return monitor.status();
    }

    @Override
    public List<GpuSample> recent(int index) {
        return monitor.recent(index);
    }

    @Override
    public List<HistoryPoint> history(int index, long from, long to, long stepMillis) {
        return monitor.history(index, from, to, stepMillis);
    }

    @Override
    public List<GpuProcess> processes() {
        return monitor.processes();
    }

    @Override
    public List<GpuAlert> alerts(GpuAlert.State state, int limit) {
        return monitor.alerts(state, limit);
    }

    @Override
    public GpuAlert acknowledge(long id, String user) {
        return monitor.acknowledge(id, user);
    }

    @Override
    public GpuAlert resolve(long id, String user) {
        return monitor.resolve(id, user);
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<GpuSample>> listener) {
        return monitor.subscribe(listener);
    }
}
