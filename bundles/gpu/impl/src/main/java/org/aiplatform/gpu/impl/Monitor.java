package org.aiplatform.gpu.impl;

import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.aiplatform.gpu.api.GpuAlert;
import org.aiplatform.gpu.api.GpuMonitor;
import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.GpuStatus;
import org.aiplatform.gpu.api.HistoryPoint;
import org.aiplatform.gpu.impl.alert.Alerts;
import org.aiplatform.gpu.impl.history.History;
import org.aiplatform.gpu.impl.nvml.Nvml;
import org.aiplatform.gpu.impl.nvml.NvmlUnavailableException;
import org.aiplatform.gpu.impl.proc.ProcessTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sampler and what it feeds: each {@link #tick(long)} reads all GPUs once, keeps the samples in a ring buffer
 * per GPU for live views, adds them to the history, evaluates the alert rules and hands them to subscribers. Time
 * is what the caller says it is, so tests drive it sample by sample. One thread ticks; any thread reads.
 */
public final class Monitor implements GpuMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);

    private final String libraryPath;
    private final String hostname;
    private final ProcessTable processTable;
    private final History history;
    private final Alerts alerts;
    private final int ringSize;
    private final int slowEvery;
    private final LongSupplier clock;
    private final Map<Integer, ArrayDeque<GpuSample>> rings = new ConcurrentHashMap<>();
    private final List<Consumer<List<GpuSample>>> subscribers = new CopyOnWriteArrayList<>();
    private volatile Nvml nvml;
    private volatile String reason = "starting";
    private volatile List<GpuSample> latest = List.of();
    private boolean historyFailing;

    /**
     * @param libraryPath libnvidia-ml, or blank for the system's
     * @param hostname this node
     * @param processTable describes GPU processes
     * @param history the persisted history
     * @param alerts the alert rules and their alerts
     * @param ringSize samples kept per GPU for live views
     * @param slowEvery samples between reads of the slow metrics (power limit, PCIe, ECC, MIG mode)
     * @param clock epoch ms, for history queries
     */
    public Monitor(String libraryPath, String hostname, ProcessTable processTable, History history, Alerts alerts,
                   int ringSize, int slowEvery, LongSupplier clock) {
        this.libraryPath = libraryPath;
        this.hostname = hostname;
        this.processTable = processTable;
        this.history = history;
        this.alerts = alerts;
        this.ringSize = ringSize;
        this.slowEvery = slowEvery;
        this.clock = clock;
    }

    /** Loads NVML; without it the monitor reports unavailable with the reason, and ticks do nothing. */
    public void open() {
        try {
            Nvml opened = Nvml.open(libraryPath);
            opened.slowMetricsEvery(slowEvery);
            nvml = opened;
            reason = null;
            LOG.info("NVML {} (driver {}, CUDA {}): {} GPU(s)", nvml.library(), nvml.driverVersion(),
                nvml.cudaVersion(), nvml.deviceCount());
        } catch (NvmlUnavailableException e) {
            reason = e.getMessage();
            LOG.info("GPU monitoring unavailable: {}", reason);
        } catch (LinkageError e) {
            reason = "NVML cannot be loaded: " + e;  // JNA's own native part missing for this platform
            LOG.warn("GPU monitoring unavailable", e);
        }
    }

    /** Samples every GPU once, stamped {@code now}. */
    public void tick(long now) {
        Nvml open = nvml;
        if (open == null) {
            return;
        }
        List<GpuSample> samples = open.sample(now, processTable);
        Set<Long> pids = new HashSet<>();
        for (GpuSample s : samples) {
            ArrayDeque<GpuSample> ring = rings.computeIfAbsent(s.index(), i -> new ArrayDeque<>(ringSize));
            synchronized (ring) {
                if (ring.size() == ringSize) {
                    ring.removeFirst();
                }
                ring.addLast(s);
            }
            s.processes().forEach(p -> pids.add(p.pid()));
        }
        processTable.retain(pids);
        latest = samples;
        recordHistory(samples, now);
        alerts.evaluate(samples, now);
        for (Consumer<List<GpuSample>> subscriber : subscribers) {
            try {
                subscriber.accept(samples);
            } catch (RuntimeException e) {
                LOG.warn("A GPU sample subscriber failed", e);
            }
        }
    }

    private void recordHistory(List<GpuSample> samples, long now) {
        try {
            history.record(samples, now);
            historyFailing = false;
        } catch (RuntimeException e) {
            if (!historyFailing) { // once per outage, not once a second
                LOG.warn("GPU history cannot be written; live views go on", e);
            }
            historyFailing = true;
        }
    }

    /** Writes the open history buckets and releases NVML. */
    public void close() {
        Nvml open = nvml;
        nvml = null;
        reason = "stopped";
        try {
            history.flush();
        } catch (RuntimeException e) {
            LOG.warn("GPU history could not be flushed", e);
        }
        if (open != null) {
            open.close();
        }
    }

    @Override
    public GpuStatus status() {
        Nvml open = nvml;
        if (open == null) {
            return new GpuStatus(false, reason, hostname, null, null, List.of());
        }
        return new GpuStatus(true, null, hostname, open.driverVersion(), open.cudaVersion(), latest);
    }

    @Override
    public List<GpuSample> recent(int index) {
        ArrayDeque<GpuSample> ring = rings.get(index);
        if (ring == null) {
            throw GpuMessages.get().error(RESOURCE_DOES_NOT_EXIST, "gpu.not_found", String.valueOf(index));
        }
        synchronized (ring) {
            return List.copyOf(ring);
        }
    }

    @Override
    public List<HistoryPoint> history(int index, long from, long to, long stepMillis) {
        if (index < 0 || (nvml != null && index >= nvml.deviceCount())) {
            throw GpuMessages.get().error(RESOURCE_DOES_NOT_EXIST, "gpu.not_found", String.valueOf(index));
        }
        return history.query(index, from, to, stepMillis, clock.getAsLong());
    }

    @Override
    public List<GpuProcess> processes() {
        List<GpuProcess> all = new ArrayList<>();
        latest.forEach(s -> all.addAll(s.processes()));
        return all;
    }

    @Override
    public List<GpuAlert> alerts(GpuAlert.State state, int limit) {
        return alerts.list(state, limit);
    }

    @Override
    public GpuAlert acknowledge(long id, String user) {
        return alerts.acknowledge(id, user, clock.getAsLong());
    }

    @Override
    public GpuAlert resolve(long id, String user) {
        return alerts.resolve(id, user, clock.getAsLong());
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<GpuSample>> listener) {
        subscribers.add(listener);
        return () -> subscribers.remove(listener);
    }
}
