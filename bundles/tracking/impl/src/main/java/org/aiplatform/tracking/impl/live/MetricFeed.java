package org.aiplatform.tracking.impl.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.aiplatform.tracking.api.MetricPoint;
import org.osgi.service.component.annotations.Component;

/**
 * Hands the points of each committed log batch to the live subscribers of its run, in process: the store calls
 * {@link #publish} after the commit, so nobody polls the database. A subscriber that throws is dropped.
 */
@Component(service = MetricFeed.class)
public class MetricFeed {
    private final Map<String, Set<Consumer<List<MetricPoint>>>> subscribers = new ConcurrentHashMap<>();

    /**
     * @param runId the run to follow
     * @param subscriber gets each committed batch of the run's points, on the committing thread: keep it short
     * @return closes the subscription
     */
    public AutoCloseable subscribe(String runId, Consumer<List<MetricPoint>> subscriber) {
        subscribers.computeIfAbsent(runId, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> unsubscribe(runId, subscriber);
    }

    /** Called after the batch committed. */
    public void publish(String runId, List<MetricPoint> points) {
        Set<Consumer<List<MetricPoint>>> following = subscribers.get(runId);
        if (following == null || points.isEmpty()) {
            return;
        }
        for (Consumer<List<MetricPoint>> subscriber : following) {
            try {
                subscriber.accept(points);
            } catch (RuntimeException e) {
                unsubscribe(runId, subscriber);
            }
        }
    }

    /** @return how many subscribers follow the run */
    public int subscribers(String runId) {
        Set<Consumer<List<MetricPoint>>> following = subscribers.get(runId);
        return following == null ? 0 : following.size();
    }

    private void unsubscribe(String runId, Consumer<List<MetricPoint>> subscriber) {
        subscribers.computeIfPresent(runId, (k, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }
}
