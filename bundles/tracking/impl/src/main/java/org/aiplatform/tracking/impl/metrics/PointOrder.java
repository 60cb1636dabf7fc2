package org.aiplatform.tracking.impl.metrics;

import java.util.Comparator;

import org.aiplatform.tracking.api.MetricPoint;

/**
 * The orders rollups and downsampling agree on. They are total, so merging buckets in any order gives the same
 * result as computing them from scratch: ties on value go to the earlier point, and NaN is the lowest and the
 * highest point of a bucket only when the bucket holds nothing else (infinities are ordinary extremes).
 */
final class PointOrder {
    /** History order: step, then timestamp, then value. */
    static final Comparator<MetricPoint> HISTORY = Comparator.comparingLong(MetricPoint::step)
        .thenComparingLong(MetricPoint::timestamp).thenComparing(MetricPoint::value, Double::compare);

    private PointOrder() {
    }

    /** @return whichever point is the lower one (the better minimum) */
    static MetricPoint lower(MetricPoint a, MetricPoint b) {
        int c = byValue(a.value(), b.value());
        return c < 0 ? a : c > 0 ? b : earlier(a, b);
    }

    /** @return whichever point is the higher one (the better maximum) */
    static MetricPoint higher(MetricPoint a, MetricPoint b) {
        int c = byValue(a.value(), b.value());
        boolean nan = Double.isNaN(a.value()) != Double.isNaN(b.value());
        // byValue ranks NaN above everything; for "higher" NaN must lose instead
        if (nan) {
            return Double.isNaN(a.value()) ? b : a;
        }
        return c > 0 ? a : c < 0 ? b : earlier(a, b);
    }

    static MetricPoint earlier(MetricPoint a, MetricPoint b) {
        return HISTORY.compare(a, b) <= 0 ? a : b;
    }

    static MetricPoint later(MetricPoint a, MetricPoint b) {
        return HISTORY.compare(a, b) >= 0 ? a : b;
    }

    /** Compares values with NaN above everything, so that it never wins "lower". */
    private static int byValue(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) == Double.isNaN(b) ? 0 : Double.isNaN(a) ? 1 : -1;
        }
        return Double.compare(a, b);
    }
}
