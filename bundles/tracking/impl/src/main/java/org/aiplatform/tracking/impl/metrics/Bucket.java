package org.aiplatform.tracking.impl.metrics;

import org.aiplatform.tracking.api.MetricPoint;

/**
 * What a rollup keeps of the points of one bucket of steps: how many there are, the first and last (history
 * order), and the lowest and highest. Merging is associative and commutative, so a bucket built batch by batch,
 * in any order, equals the one computed from all its points at once.
 *
 * @param index which bucket: {@code floorDiv(step, width)}
 * @param count how many points
 * @param first the earliest point
 * @param last the latest point
 * @param min the lowest point
 * @param max the highest point
 */
public record Bucket(long index, long count, MetricPoint first, MetricPoint last, MetricPoint min,
                     MetricPoint max) {

    /** @return the bucket of one point */
    public static Bucket of(long index, MetricPoint point) {
        return new Bucket(index, 1, point, point, point, point);
    }

    /** @return the bucket holding the points of both */
    public Bucket merge(Bucket other) {
        return new Bucket(index, count + other.count, PointOrder.earlier(first, other.first),
            PointOrder.later(last, other.last), PointOrder.lower(min, other.min), PointOrder.higher(max, other.max));
    }
}
