package org.aiplatform.bench.gpu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.aiplatform.gpu.impl.Jdbc;
import org.aiplatform.gpu.impl.Monitor;
import org.aiplatform.gpu.impl.alert.Alerts;
import org.aiplatform.gpu.impl.history.History;
import org.aiplatform.gpu.impl.proc.ProcessTable;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The CPU the sampler costs at 1 Hz, as the platform runs it: 8 fake GPUs sampled, the ring buffers, the history
 * written to embedded Derby, the default alert rules. Measures the sampler thread's CPU time over a window of
 * wall-clock time and prints {@code share <percent of one core> ticks <n> cpu_ms <ms> window_s <s>}.
 * Arguments: window seconds (default 60).
 */
public final class SamplerCpuShare {
    private SamplerCpuShare() {
    }

    public static void main(String[] args) throws Exception {
        long windowSeconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:gpu-bench");
        ds.setCreateDatabase("create");
        URL gpuBundle = Monitor.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader only = new URLClassLoader(new URL[] {gpuBundle}, null)) {
            Flyway.configure(only).dataSource(ds).table("gpu_schema_history").locations("classpath:db/migration/common")
                .load().migrate();
        }
        Jdbc jdbc = new Jdbc(ds);
        EventAdmin events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
            }

            @Override
            public void sendEvent(Event event) {
            }
        };
        List<History.Tier> tiers = List.of(new History.Tier(1000, 3_600_000L), new History.Tier(60_000, 7 * 86_400_000L),
            new History.Tier(3_600_000, 365 * 86_400_000L));
        Monitor monitor = new Monitor(System.getProperty("aip.fake.nvml"), "bench", new ProcessTable(Path.of("/proc"),
            List.of("MLFLOW_RUN_ID", "AIP_RUN_ID")), new History(jdbc, "bench", tiers), new Alerts(List.of(
                "gpu-hot: temperature_celsius > 85 for 60s critical", "memory-full: memory_used_percent > 95 warning",
                "ecc: ecc_uncorrected_errors > 0 critical", "throttled: throttle_slowdown > 0 for 30s warning"),
            jdbc, "bench", events), 300, 10, System::currentTimeMillis);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong samplerThread = new AtomicLong();
        AtomicLong ticks = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "aiplatform-gpu-sampler");
            samplerThread.set(t.getId());
            return t;
        });
        sampler.execute(monitor::open);
        sampler.scheduleAtFixedRate(() -> {
            monitor.tick(System.currentTimeMillis());
            ticks.incrementAndGet();
        }, 1, 1, TimeUnit.SECONDS);
        Thread.sleep(10_000); // warm-up: JIT, first history rows, Derby's statement cache
        long cpu0 = threads.getThreadCpuTime(samplerThread.get());
        long ticks0 = ticks.get();
        long wall0 = System.nanoTime();
        Thread.sleep(windowSeconds * 1000);
        long cpu = threads.getThreadCpuTime(samplerThread.get()) - cpu0;
        long wall = System.nanoTime() - wall0;
        long n = ticks.get() - ticks0;
        sampler.shutdown();
        sampler.awaitTermination(10, TimeUnit.SECONDS);
        monitor.close();
        System.out.printf("share %.4f ticks %d cpu_ms %.1f window_s %.1f per_tick_us %.0f%n", 100.0 * cpu / wall, n,
            cpu / 1e6, wall / 1e9, n == 0 ? 0 : cpu / 1e3 / n);
    }
}
