package org.aiplatform.tracking.impl.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.aiplatform.tracking.api.MetricPoint;
import org.junit.jupiter.api.Test;

class MetricFeedTest {
    private final MetricFeed feed = new MetricFeed();
    private final List<MetricPoint> batch = List.of(new MetricPoint("loss", 0.5, 1L, 3));

    @Test
    void subscribersGetTheBatchesOfTheirRunUntilTheyClose() throws Exception {
        List<List<MetricPoint>> mine = new ArrayList<>();
        List<List<MetricPoint>> other = new ArrayList<>();
        AutoCloseable subscription = feed.subscribe("r1", mine::add);
        feed.subscribe("r2", other::add);
        feed.publish("r1", batch);
        assertEquals(List.of(batch), mine);
        assertEquals(List.of(), other);

        subscription.close();
        feed.publish("r1", batch);
        assertEquals(1, mine.size());
        assertEquals(0, feed.subscribers("r1"));
    }

    @Test
    void aSubscriberThatFailsIsDroppedAndTheOthersStillGetTheBatch() {
        List<List<MetricPoint>> healthy = new ArrayList<>();
        feed.subscribe("r1", points -> {
            throw new IllegalStateException("client gone");
        });
        feed.subscribe("r1", healthy::add);
        feed.publish("r1", batch);
        feed.publish("r1", batch);
        assertEquals(2, healthy.size());
        assertEquals(1, feed.subscribers("r1"));
    }
}
