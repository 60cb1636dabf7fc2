package org.aiplatform.gpu.impl.history;

import java.util.LinkedHashSet;
import java.util.Set;

import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.HistoryPoint;

/** The samples of one GPU in one time bucket of one resolution. */
final class Bucket {
    final int resolution;
    final int index;
    final long start;
    String uuid;
    long samples;
    final Stat util = new Stat();
    final Stat memory = new Stat();
    final Stat temperature = new Stat();
    final Stat power = new Stat();
    final Stat memoryUtil = new Stat();
    final Set<String> runIds = new LinkedHashSet<>();
    /** True for the first bucket of its series since start: a row from before a restart may exist to merge into. */
    boolean mayExist;

    Bucket(int resolution, int index, long start) {
        this.resolution = resolution;
        this.index = index;
        this.start = start;
    }

    void add(GpuSample s) {
        uuid = s.uuid();
        samples++;
        util.add(s.utilizationPercent());
        memory.add(s.memoryUsedBytes());
        temperature.add(s.temperatureCelsius());
        power.add(s.powerWatts());
        memoryUtil.add(s.memoryUtilizationPercent());
        for (GpuProcess p : s.processes()) {
            if (p.runId() != null) {
                runIds.add(p.runId());
            }
        }
    }

    void merge(Bucket other) {
        samples += other.samples;
        util.merge(other.util);
        memory.merge(other.memory);
        temperature.merge(other.temperature);
        power.merge(other.power);
        memoryUtil.merge(other.memoryUtil);
        runIds.addAll(other.runIds);
    }

    HistoryPoint toPoint(long timestamp) {
        return new HistoryPoint(timestamp, samples, util.toPoint(), memory.toPoint(), temperature.toPoint(),
            power.toPoint(), memoryUtil.toPoint());
    }
}
