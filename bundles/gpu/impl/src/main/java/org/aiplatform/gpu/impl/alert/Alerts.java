package org.aiplatform.gpu.impl.alert;

import static org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aiplatform.gpu.api.GpuAlert;
import org.aiplatform.gpu.api.GpuMonitor;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.impl.GpuMessages;
import org.aiplatform.gpu.impl.Jdbc;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Evaluates the rules on each sample of each GPU: a rule fires once its condition has held for its duration,
 * and the alert resolves itself when the condition clears. People acknowledge and resolve alerts; one resolved by
 * hand while its condition still holds does not fire again until the condition has cleared. Every change is
 * stored and posted on EventAdmin.
 */
public final class Alerts {
    private final List<AlertRule> rules;
    private final AlertStore store;
    private final EventAdmin events;
    /** Per rule and GPU: since when the condition holds, and the alert it raised. Sampler thread only. */
    private final Map<String, Watch> watches = new HashMap<>();
    private boolean resumed;

    /**
     * @param rules rule texts, see {@link AlertRule}
     * @throws IllegalArgumentException for a rule that does not parse
     */
    public Alerts(List<String> rules, Jdbc jdbc, String host, EventAdmin events) {
        this.rules = rules.stream().filter(r -> !r.isBlank()).map(AlertRule::parse).toList();
        this.store = new AlertStore(jdbc, host);
        this.events = events;
    }

    /** Evaluates every rule on every GPU. */
    public void evaluate(List<GpuSample> samples, long now) {
        if (!resumed) {
            resume();
        }
        for (GpuSample sample : samples) {
            for (AlertRule rule : rules) {
                Watch w = watches.computeIfAbsent(rule.name() + "@" + sample.index(), k -> new Watch());
                Double value = rule.metric().read(sample);
                if (rule.breached(value)) {
                    if (w.since == null) {
                        w.since = now;
                    }
                    if (w.alertId == null && now - w.since >= rule.durationMillis()) {
                        GpuAlert fired = store.insert(rule, sample.index(), sample.uuid(), value, now);
                        w.alertId = fired.id();
                        post(GpuMonitor.TOPIC_ALERT_FIRED, fired);
                    }
                } else {
                    w.since = null;
                    if (w.alertId != null) {
                        long id = w.alertId;
                        w.alertId = null;
                        if (store.resolve(id, GpuAlert.SYSTEM, now)) {
                            post(GpuMonitor.TOPIC_ALERT_RESOLVED, store.get(id).orElseThrow());
                        }
                    }
                }
            }
        }
    }

    /** Alerts left open by the previous run of this node resolve once their condition is seen cleared. */
    private void resume() {
        resumed = true;
        for (GpuAlert open : store.unresolved()) {
            Watch w = watches.computeIfAbsent(open.rule() + "@" + open.gpuIndex(), k -> new Watch());
            w.alertId = open.id();
            w.since = open.firedAt();
        }
    }

    public List<GpuAlert> list(GpuAlert.State state, int limit) {
        return store.list(state, limit);
    }

    public GpuAlert acknowledge(long id, String user, long now) {
        found(id);
        if (store.acknowledge(id, Objects.requireNonNull(user), now)) {
            post(GpuMonitor.TOPIC_ALERT_ACKNOWLEDGED, found(id));
        }
        return found(id);
    }

    public GpuAlert resolve(long id, String user, long now) {
        found(id);
        if (store.resolve(id, Objects.requireNonNull(user), now)) {
            post(GpuMonitor.TOPIC_ALERT_RESOLVED, found(id));
        }
        return found(id);
    }

    private GpuAlert found(long id) {
        return store.get(id).orElseThrow(() -> GpuMessages.get().error(RESOURCE_DOES_NOT_EXIST, "alert.not_found",
            String.valueOf(id)));
    }

    private void post(String topic, GpuAlert alert) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", alert.id());
        properties.put("rule", alert.rule());
        properties.put("gpu_index", alert.gpuIndex());
        if (alert.gpuUuid() != null) {
            properties.put("gpu_uuid", alert.gpuUuid());
        }
        properties.put("metric", alert.metric());
        properties.put("severity", alert.severity());
        properties.put("threshold", alert.threshold());
        properties.put("value", alert.value());
        properties.put("state", alert.state().name());
        events.postEvent(new Event(topic, properties));
    }

    /** The state of one rule on one GPU. */
    private static final class Watch {
        Long since;
        Long alertId;
    }
}
