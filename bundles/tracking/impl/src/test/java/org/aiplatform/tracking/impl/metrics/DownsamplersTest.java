package org.aiplatform.tracking.impl.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.aiplatform.tracking.api.MetricPoint;
import org.junit.jupiter.api.Test;

class DownsamplersTest {

    @Test
    void minMaxKeepsTheLowestAndHighestPointOfEachBucketInOrder() {
        List<MetricPoint> points = series(1, 2, 9, 3, 4, 5, -7, 6, 6, 5);
        // two buckets of five: 1 and 9 (steps 0, 2), then -7 and the first of the two 6s (steps 6, 7)
        assertEquals(List.of(0L, 2L, 6L, 7L), steps(Downsamplers.minMax(points, 4)));
    }

    @Test
    void minMaxKeepsASingleSpikeInAMillionFlatPoints() {
        double[] values = new double[1_000_000];
        values[777_777] = 1e9;
        values[123_456] = -1e9;
        List<MetricPoint> out = Downsamplers.minMax(series(values), 2000);
        assertTrue(out.size() <= 2000); // a flat bucket's lowest and highest point are one point
        assertEquals(1e9, out.stream().mapToDouble(MetricPoint::value).max().orElseThrow());
        assertEquals(-1e9, out.stream().mapToDouble(MetricPoint::value).min().orElseThrow());
    }

    @Test
    void minMaxSkipsNanUnlessABucketHoldsNothingElseAndKeepsInfinities() {
        double nan = Double.NaN;
        List<MetricPoint> points = series(nan, 3, 1, nan, nan, nan, 2, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY);
        List<MetricPoint> out = Downsamplers.minMax(points, 6); // three buckets of three
        assertEquals(List.of(1L, 2L, 3L, 7L, 8L), steps(out));
        assertEquals(List.of(3.0, 1.0, nan, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), values(out));
    }

    @Test
    void shortHistoriesComeBackWhole() {
        List<MetricPoint> points = series(3, 1, 2);
        assertEquals(points, Downsamplers.minMax(points, 3));
        assertEquals(points, Downsamplers.lttb(points, 5));
    }

    @Test
    void lttbChoosesTheLargestTriangleInEachBucket() {
        // every = 2.5: bucket 1 = steps 1..2 against the mean of steps 3..5, bucket 2 = steps 3..5 against step 6;
        // areas (doubled): bucket 1 {1, 42} -> step 2; bucket 2 {30, 20, 22} -> step 3
        List<MetricPoint> points = series(0, 0, 10, 0, 0, -3, 0);
        assertEquals(List.of(0L, 2L, 3L, 6L), steps(Downsamplers.lttb(points, 4)));
    }

    @Test
    void lttbKeepsSpikesAndEnds() {
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i / 100.0);
        }
        values[5_000] = 50;
        List<MetricPoint> out = Downsamplers.lttb(series(values), 100);
        assertEquals(100, out.size());
        assertEquals(0, out.get(0).step());
        assertEquals(9_999, out.get(99).step());
        assertEquals(50, out.stream().mapToDouble(MetricPoint::value).max().orElseThrow());
    }

    @Test
    void lttbAlwaysKeepsAnInfinitePointAndAvoidsNan() {
        List<MetricPoint> points = series(0, Double.NaN, 1, 2, Double.NEGATIVE_INFINITY, 3, 0);
        // buckets: steps 1..2 (NaN never beats 1), steps 3..5 (-Inf always wins)
        assertEquals(List.of(0L, 2L, 4L, 6L), steps(Downsamplers.lttb(points, 4)));
    }

    @Test
    void rollupBucketsAreGroupedAlignedAndKeepTheirExtremes() {
        List<MetricPoint> points = series(5, 1, 7, 2, 2, 9, 0, 4);
        // buckets of width 2: [5,1] [7,2] [2,9] [0,4] -> groups of two buckets
        List<Bucket> rows = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            rows.add(Bucket.of(b, points.get(2 * b)).merge(Bucket.of(b, points.get(2 * b + 1))));
        }
        assertEquals(List.of(1L, 2L, 5L, 6L), steps(Downsamplers.minMaxOfBuckets(rows, 4)));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), steps(Downsamplers.candidates(rows)));
    }

    private static List<MetricPoint> series(double... values) {
        List<MetricPoint> points = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            points.add(new MetricPoint("loss", values[i], 1000L + i, i));
        }
        return points;
    }

    private static List<Long> steps(List<MetricPoint> points) {
        return points.stream().map(MetricPoint::step).toList();
    }

    private static List<Double> values(List<MetricPoint> points) {
        return points.stream().map(MetricPoint::value).toList();
    }
}
