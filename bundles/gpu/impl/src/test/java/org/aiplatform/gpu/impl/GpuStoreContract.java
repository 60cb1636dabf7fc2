package org.aiplatform.gpu.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aiplatform.gpu.api.GpuAlert;
import org.aiplatform.gpu.api.GpuMonitor;
import org.aiplatform.gpu.api.HistoryPoint;
import org.aiplatform.gpu.impl.alert.Alerts;
import org.aiplatform.gpu.impl.history.History;
import org.aiplatform.gpu.impl.nvml.FakeNvml;
import org.aiplatform.gpu.impl.proc.ProcessTable;
import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.impl.testing.RecordingEventAdmin;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/**
 * The sampler with its history and alerts on every supported database, against the fake NVML: time is driven
 * sample by sample, never slept.
 */
abstract class GpuStoreContract {
    /** 2026-11-23T00:00:00Z: a whole hour, so minute and hour buckets start with the test. */
    static final long T0 = 1_795_392_000_000L;
    static final List<History.Tier> TIERS = List.of(new History.Tier(1000, TimeUnit.HOURS.toMillis(1)),
        new History.Tier(60_000, TimeUnit.DAYS.toMillis(7)), new History.Tier(3_600_000, TimeUnit.DAYS.toMillis(365)));
    static final List<String> RULES = List.of("gpu-hot: temperature_celsius > 85 for 60s critical",
        "memory-full: memory_used_percent > 95 warning", "ecc: ecc_uncorrected_errors > 0 critical",
        "throttled: throttle_slowdown > 0 for 10s warning");

    private TestDatabase db;
    private final RecordingEventAdmin eventAdmin = new RecordingEventAdmin();
    private final List<Event> events = eventAdmin.events();
    private long now;

    abstract TestDatabase database();

    @BeforeEach
    void migrate() {
        db = database();
        Databases.migrateGpu(db.dataSource());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    /** A monitor of two fake GPUs (discovered at open: scripts after it change values, not the count). */
    Monitor monitor() {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 2");
        Jdbc jdbc = new Jdbc(db.dataSource());
        Monitor m = new Monitor(FakeNvml.CURRENT, "node-1", new ProcessTable(Path.of("/proc"), List.of()),
            new History(jdbc, "node-1", TIERS), new Alerts(RULES, jdbc, "node-1", eventAdmin), 5, 1, () -> now);
        m.open();
        return m;
    }

    /** Ticks once a second with GPU 0's utilization at each value. */
    void tickUtilization(Monitor m, int... values) {
        for (int v : values) {
            FakeNvml.script(FakeNvml.CURRENT, "gpus 2", "gpu 0 util " + v);
            m.tick(now);
            now += 1000;
        }
    }

    void tick(Monitor m, int seconds, String... script) {
        FakeNvml.script(FakeNvml.CURRENT, script);
        for (int i = 0; i < seconds; i++) {
            m.tick(now);
            now += 1000;
        }
    }

    @Test
    void downsamplingKeepsMinMaxAndMeanAtEveryResolution() {
        now = T0;
        Monitor m = monitor();
        int[] values = new int[180];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 37) % 101;
        }
        tickUtilization(m, values);
        // step 60 s reads the minute buckets: two written, the third still open
        List<HistoryPoint> minutes = m.history(0, T0, T0 + 180_000, 60_000);
        assertEquals(3, minutes.size());
        for (int k = 0; k < 3; k++) {
            HistoryPoint p = minutes.get(k);
            assertEquals(T0 + k * 60_000L, p.timestamp());
            assertEquals(60, p.samples());
            assertStat(values, k * 60, k * 60 + 60, p.utilizationPercent());
        }
        // step 0: the 1-second buckets, one sample each
        List<HistoryPoint> seconds = m.history(0, T0, T0 + 180_000, 0);
        assertEquals(180, seconds.size());
        assertEquals(values[42], seconds.get(42).utilizationPercent().max(), 0.0);
        // a step of 90 s is not made of whole minutes: it is merged from the 1-second rows, exactly
        List<HistoryPoint> halves = m.history(0, T0, T0 + 180_000, 90_000);
        assertStat(values, 0, 90, halves.get(0).utilizationPercent());
        assertStat(values, 90, 180, halves.get(1).utilizationPercent());
        // two hours later the 1-second history has aged out; minutes still answer exactly
        now = T0 + TimeUnit.HOURS.toMillis(2);
        tickUtilization(m, 5);
        List<HistoryPoint> aged = m.history(0, T0, T0 + 180_000, 0);
        assertEquals(3, aged.size(), "minute resolution: the 1-second rows are gone");
        assertStat(values, 60, 120, aged.get(1).utilizationPercent());
        // GPU 1 is kept apart, and memory is in bytes
        HistoryPoint other = m.history(1, T0, T0 + 60_000, 60_000).get(0);
        assertEquals(2L << 30, other.memoryUsedBytes().avg(), 0.0);
        assertEquals(41, other.temperatureCelsius().max(), 0.0);
    }

    @Test
    void historySurvivesARestartAndMergesTheBucketItWasIn() {
        now = T0;
        Monitor first = monitor();
        tickUtilization(first, 10, 90, 50);
        first.close(); // flushes the open buckets
        Monitor second = monitor();
        tickUtilization(second, 30, 70);
        HistoryPoint minute = second.history(0, T0, T0 + 60_000, 60_000).get(0);
        assertEquals(5, minute.samples());
        assertEquals(new HistoryPoint.Stat(10, 90, 50), minute.utilizationPercent());
        second.close();
        Monitor third = monitor();
        assertEquals(5, third.history(0, T0, T0 + 60_000, 0).size(), "every second of before is still there");
    }

    @Test
    void badHistoryQueriesAreRefused() {
        now = T0;
        Monitor m = monitor();
        tickUtilization(m, 1);
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> m.history(0, T0, T0, 0));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> m.history(0, T0, T0 + 1000, -1));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> m.history(0, 0, T0, 1000));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> m.history(2, T0, T0 + 1000, 0));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> m.recent(7));
    }

    @Test
    void temperatureFiresAfterItsDurationAndClearsItself() {
        now = T0;
        Monitor m = monitor();
        tick(m, 59, "gpus 2", "gpu 1 temperature 90");
        assertEquals(List.of(), m.alerts(null, 10), "59 s above 85 °C is not yet 60 s");
        tick(m, 2, "gpus 2", "gpu 1 temperature 90");
        GpuAlert fired = m.alerts(null, 10).get(0);
        assertEquals("gpu-hot", fired.rule());
        assertEquals(1, fired.gpuIndex());
        assertEquals("critical", fired.severity());
        assertEquals(90.0, fired.value(), 0.0);
        assertEquals(GpuAlert.State.FIRING, fired.state());
        assertEquals(T0 + 60_000, fired.firedAt());
        assertEquals(GpuMonitor.TOPIC_ALERT_FIRED, events.get(0).getTopic());
        assertEquals(1, events.get(0).getProperty("gpu_index"));
        tick(m, 30, "gpus 2", "gpu 1 temperature 91");
        assertEquals(1, m.alerts(null, 10).size(), "fires once while it holds");
        tick(m, 1, "gpus 2", "gpu 1 temperature 80");
        GpuAlert cleared = m.alerts(null, 10).get(0);
        assertEquals(GpuAlert.State.RESOLVED, cleared.state());
        assertEquals(GpuAlert.SYSTEM, cleared.resolvedBy());
        assertEquals(GpuMonitor.TOPIC_ALERT_RESOLVED, events.get(events.size() - 1).getTopic());
    }

    @Test
    void memoryEccAndThrottlingFireAndClear() {
        now = T0;
        Monitor m = monitor();
        tick(m, 1, "gpus 2", "gpu 0 mem_used " + (long) (0.96 * 85899345920L));
        assertEquals(List.of("memory-full"), firing(m));
        tick(m, 1, "gpus 2", "gpu 0 ecc_uncorrected 2");
        assertEquals(List.of("ecc"), firing(m), "memory cleared, ECC fired");
        tick(m, 10, "gpus 2", "gpu 0 throttle 0x1"); // idle is not a slowdown
        assertEquals(List.of(), firing(m));
        tick(m, 11, "gpus 2", "gpu 0 throttle 0x40"); // HW thermal slowdown, 10 s
        assertEquals(List.of("throttled"), firing(m));
        tick(m, 1, "gpus 2");
        assertEquals(List.of(), firing(m));
        assertEquals(3, m.alerts(GpuAlert.State.RESOLVED, 10).size());
    }

    @Test
    void alertsAreAcknowledgedAndResolvedByPeopleAndAResolvedOneWaitsForTheConditionToClear() {
        now = T0;
        Monitor m = monitor();
        tick(m, 1, "gpus 2", "gpu 0 ecc_uncorrected 1");
        long id = m.alerts(null, 1).get(0).id();
        GpuAlert acked = m.acknowledge(id, "alice");
        assertEquals(GpuAlert.State.ACKNOWLEDGED, acked.state());
        assertEquals("alice", acked.acknowledgedBy());
        assertEquals(T0 + 1000, acked.acknowledgedAt());
        GpuAlert resolved = m.resolve(id, "bob");
        assertEquals(GpuAlert.State.RESOLVED, resolved.state());
        assertEquals("bob", resolved.resolvedBy());
        assertEquals(GpuAlert.State.RESOLVED, m.acknowledge(id, "carol").state(), "too late to acknowledge");
        tick(m, 5, "gpus 2", "gpu 0 ecc_uncorrected 1");
        assertEquals(1, m.alerts(null, 10).size(), "still breached: no new alert");
        tick(m, 1, "gpus 2");
        tick(m, 1, "gpus 2", "gpu 0 ecc_uncorrected 3");
        assertEquals(2, m.alerts(null, 10).size(), "cleared, then breached again: a new alert");
        assertEquals(List.of(GpuMonitor.TOPIC_ALERT_FIRED, GpuMonitor.TOPIC_ALERT_ACKNOWLEDGED,
            GpuMonitor.TOPIC_ALERT_RESOLVED, GpuMonitor.TOPIC_ALERT_FIRED), events.stream().map(Event::getTopic).toList());
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> m.resolve(999_999, "bob"));
    }

    @Test
    void anAlertLeftOpenByARestartResolvesWhenItsConditionIsSeenCleared() {
        now = T0;
        Monitor first = monitor();
        tick(first, 1, "gpus 2", "gpu 0 ecc_uncorrected 1");
        first.close();
        Monitor second = monitor();
        tick(second, 1, "gpus 2");
        GpuAlert alert = second.alerts(null, 10).get(0);
        assertEquals(GpuAlert.State.RESOLVED, alert.state());
        assertNull(second.alerts(GpuAlert.State.FIRING, 10).stream().findFirst().orElse(null));
    }

    private static List<String> firing(Monitor m) {
        return m.alerts(GpuAlert.State.FIRING, 10).stream().map(GpuAlert::rule).toList();
    }

    private static void assertStat(int[] values, int from, int to, HistoryPoint.Stat stat) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double sum = 0;
        for (int i = from; i < to; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
            sum += values[i];
        }
        assertEquals(min, stat.min(), 0.0);
        assertEquals(max, stat.max(), 0.0);
        assertEquals(sum / (to - from), stat.avg(), 1e-9);
    }

    private static void assertCode(ErrorCode code, Runnable call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(code, e.code());
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }
}
