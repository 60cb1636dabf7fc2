package org.aiplatform.gpu.impl.history;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.HistoryPoint;
import org.aiplatform.gpu.impl.GpuMessages;
import org.aiplatform.gpu.impl.Jdbc;

/**
 * Persisted GPU history downsampled by age: every sample goes into one open bucket per resolution (1 s, 1 min,
 * 1 h by default); a bucket is written when a sample falls past its end, and each resolution is kept for its own
 * retention. Queries read the finest resolution still kept for their range and merge its buckets into the step
 * asked for, so min, max and mean stay exact at every step.
 */
public final class History {
    /** The most buckets one query returns. */
    static final int MAX_POINTS = 10_000;

    /**
     * @param resolutionMillis bucket width
     * @param retentionMillis how long its buckets are kept
     */
    public record Tier(int resolutionMillis, long retentionMillis) {
    }

    private final HistoryStore store;
    private final List<Tier> tiers;
    /** Closed buckets are written in one transaction every this many ms: a commit per second would cost more CPU
     * than everything else the sampler does. */
    static final long WRITE_EVERY_MILLIS = 10_000;

    /** Open buckets per tier and GPU; only the sampler thread adds, queries read under the lock. */
    private final Map<Long, Bucket> open = new HashMap<>();
    /** Closed buckets not written yet (same lock). */
    private final List<Bucket> pending = new ArrayList<>();
    private long lastWrite = Long.MIN_VALUE;

    /**
     * @param jdbc the platform database
     * @param host this node's name: several nodes share the table
     * @param tiers finest first
     */
    public History(Jdbc jdbc, String host, List<Tier> tiers) {
        this.store = new HistoryStore(jdbc, host);
        this.tiers = List.copyOf(tiers);
    }

    /** Adds a sample of every GPU; writes the buckets closed since the last write and prunes what aged out. */
    public void record(List<GpuSample> samples, long now) {
        List<Bucket> toWrite;
        synchronized (open) {
            for (GpuSample s : samples) {
                for (int t = 0; t < tiers.size(); t++) {
                    int resolution = tiers.get(t).resolutionMillis();
                    long start = Math.floorDiv(s.timestamp(), resolution) * resolution;
                    long key = ((long) t << 32) | s.index();
                    Bucket b = open.get(key);
                    if (b != null && b.start != start) {
                        pending.add(b);
                        b = null;
                    }
                    if (b == null) {
                        b = new Bucket(resolution, s.index(), start);
                        b.mayExist = !open.containsKey(key);
                        open.put(key, b);
                    }
                    b.add(s);
                }
            }
            if (now - lastWrite < WRITE_EVERY_MILLIS && lastWrite != Long.MIN_VALUE) {
                return;
            }
            lastWrite = now;
            toWrite = new ArrayList<>(pending);
        }
        store.write(toWrite); // a failure keeps them pending for the next write
        synchronized (open) {
            pending.removeAll(toWrite);
        }
        if (toWrite.stream().anyMatch(b -> b.resolution != tiers.get(0).resolutionMillis())) {
            prune(now); // once per closed coarser bucket: a minute at the defaults
        }
    }

    /** Writes the open buckets (at shutdown); after a restart they merge with the samples that follow. */
    public void flush() {
        List<Bucket> all;
        synchronized (open) {
            all = new ArrayList<>(pending);
            all.addAll(open.values());
            pending.clear();
            open.clear();
        }
        store.write(all);
    }

    /** Deletes what each resolution keeps no longer. */
    public void prune(long now) {
        for (Tier tier : tiers) {
            store.prune(tier.resolutionMillis(), now - tier.retentionMillis());
        }
    }

    /**
     * @param stepMillis 0 for the finest resolution kept at {@code from}
     * @return the buckets of [from, to) merged by step, oldest first
     */
    public List<HistoryPoint> query(int index, long from, long to, long stepMillis, long now) {
        if (from >= to || stepMillis < 0) {
            throw GpuMessages.get().error(INVALID_PARAMETER_VALUE, "history.range", String.valueOf(from),
                String.valueOf(to), String.valueOf(stepMillis));
        }
        int t = tierFor(from, stepMillis, now);
        int resolution = tiers.get(t).resolutionMillis();
        long step = stepMillis == 0 ? resolution : stepMillis;
        if ((to - from) / step > MAX_POINTS) {
            throw GpuMessages.get().error(INVALID_PARAMETER_VALUE, "history.too_many", String.valueOf(MAX_POINTS),
                String.valueOf(step));
        }
        TreeMap<Long, Bucket> merged = new TreeMap<>();
        List<Bucket> rows = new ArrayList<>(store.read(resolution, index, from, to));
        synchronized (open) {
            Bucket current = open.get(((long) t << 32) | index);
            if (current != null && current.start >= from && current.start < to) {
                rows.add(current);
            }
            for (Bucket b : pending) {
                if (b.resolution == resolution && b.index == index && b.start >= from && b.start < to) {
                    rows.add(b);
                }
            }
        }
        for (Bucket row : rows) {
            long at = from + Math.floorDiv(row.start - from, step) * step;
            merged.computeIfAbsent(at, k -> new Bucket(resolution, index, k)).merge(row);
        }
        List<HistoryPoint> points = new ArrayList<>(merged.size());
        merged.forEach((at, b) -> points.add(b.toPoint(at)));
        return points;
    }

    /** The finest tier that still keeps {@code from}, or a coarser one when the step is made of its buckets. */
    private int tierFor(long from, long step, long now) {
        for (int t = 0; t < tiers.size(); t++) {
            boolean kept = from >= now - tiers.get(t).retentionMillis();
            // a coarser tier serves only steps made of its whole buckets, or min, max and mean would blur
            boolean nextFits = t + 1 < tiers.size() && step > 0 && step % tiers.get(t + 1).resolutionMillis() == 0;
            if (kept && !nextFits) {
                return t;
            }
        }
        return tiers.size() - 1;
    }
}
