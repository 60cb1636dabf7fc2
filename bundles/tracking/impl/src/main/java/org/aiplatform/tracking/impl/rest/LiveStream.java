package org.aiplatform.tracking.impl.rest;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.impl.live.MetricFeed;

/**
 * One client's live stream of a run's metrics. A client that went away shows only as a failed send (a batch or
 * the keep-alive comment): the stream then unsubscribes and stops its timers.
 */
final class LiveStream {
    /**
     * One event: the points of one committed batch.
     *
     * @param points the points
     */
    record LiveBatch(List<LivePoint> points) {
    }

    /**
     * One point of a live batch.
     *
     * @param key the metric key
     * @param step the step
     * @param value the value
     * @param timestamp epoch ms
     */
    record LivePoint(String key, long step, double value, long timestamp) {
    }

    private final SseEventSink sink;
    private final Sse sse;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile AutoCloseable subscription;
    private volatile ScheduledFuture<?> keepAlive;
    private volatile ScheduledFuture<?> deadline;

    LiveStream(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    /** Subscribes, says "open", then sends a comment every {@code keepAliveSeconds} until the client leaves. */
    void start(MetricFeed feed, String runId, ScheduledExecutorService timer, long keepAliveSeconds,
               Integer maxSeconds) {
        subscription = feed.subscribe(runId, this::send);
        send(sse.newEventBuilder().name("open").data(runId).build());
        keepAlive = timer.scheduleAtFixedRate(() -> send(sse.newEventBuilder().comment("keep-alive").build()),
            keepAliveSeconds, keepAliveSeconds, TimeUnit.SECONDS);
        if (maxSeconds != null) {
            deadline = timer.schedule(this::close, maxSeconds, TimeUnit.SECONDS);
        }
    }

    private void send(List<MetricPoint> points) {
        List<LivePoint> live = points.stream()
            .map(p -> new LivePoint(p.key(), p.step(), p.value(), p.timestamp())).toList();
        send(sse.newEventBuilder().name("metrics").mediaType(MediaType.APPLICATION_JSON_TYPE)
            .data(LiveBatch.class, new LiveBatch(live)).build());
    }

    /** Never throws: the timer would silently cancel a task that did, and the feed drops a throwing subscriber. */
    private void send(OutboundSseEvent event) {
        if (closed.get()) {
            return;
        }
        if (sink.isClosed()) {
            close();
            return;
        }
        try {
            sink.send(event).whenComplete((done, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        } catch (RuntimeException e) {
            close();
        }
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (ScheduledFuture<?> timer : new ScheduledFuture<?>[] {keepAlive, deadline}) {
            if (timer != null) {
                timer.cancel(false);
            }
        }
        try {
            if (subscription != null) {
                subscription.close();
            }
            sink.close();
        } catch (Exception e) {
            // the client is gone already
        }
    }
}
