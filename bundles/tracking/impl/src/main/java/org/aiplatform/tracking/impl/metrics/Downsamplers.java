package org.aiplatform.tracking.impl.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aiplatform.tracking.api.MetricPoint;

/**
 * Reduces a metric history to at most a given number of points, either from the points themselves or from rollup
 * buckets (for long histories, which are never read point by point).
 */
public final class Downsamplers {
    private Downsamplers() {
    }

    /**
     * Min/max: {@code maxPoints / 2} buckets of consecutive points, each keeping its lowest and highest point.
     *
     * @param points in history order
     * @return at most {@code maxPoints} of them, in history order
     */
    public static List<MetricPoint> minMax(List<MetricPoint> points, int maxPoints) {
        int n = points.size();
        if (n <= maxPoints) {
            return points;
        }
        int buckets = Math.max(1, maxPoints / 2);
        List<MetricPoint> out = new ArrayList<>(2 * buckets);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            Bucket bucket = Bucket.of(b, points.get(from));
            for (int i = from + 1; i < to; i++) {
                bucket = bucket.merge(Bucket.of(b, points.get(i)));
            }
            addExtremes(out, bucket);
        }
        return out;
    }

    /**
     * Min/max over rollup buckets: neighbouring buckets are grouped (aligned on their index) into at most
     * {@code maxPoints / 2} groups, each keeping its lowest and highest point.
     *
     * @param rows rollup buckets by index
     * @return at most {@code maxPoints} points, in history order
     */
    public static List<MetricPoint> minMaxOfBuckets(List<Bucket> rows, int maxPoints) {
        List<MetricPoint> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        long firstIndex = rows.get(0).index();
        long span = rows.get(rows.size() - 1).index() - firstIndex + 1;
        long groups = Math.max(1, maxPoints / 2);
        long perGroup = (span + groups - 1) / groups;
        Bucket group = null;
        for (Bucket row : rows) {
            long g = (row.index() - firstIndex) / perGroup;
            if (group != null && group.index() != g) {
                addExtremes(out, group);
                group = null;
            }
            Bucket regrouped = new Bucket(g, row.count(), row.first(), row.last(), row.min(), row.max());
            group = group == null ? regrouped : group.merge(regrouped);
        }
        addExtremes(out, group);
        return out;
    }

    /**
     * The points of rollup buckets that LTTB chooses from (first, lowest, highest and last of each), as the
     * MinMaxLTTB preselection does: spikes stay candidates.
     *
     * @param rows rollup buckets by index
     * @return the candidate points in history order
     */
    public static List<MetricPoint> candidates(List<Bucket> rows) {
        List<MetricPoint> out = new ArrayList<>(4 * rows.size());
        for (Bucket row : rows) {
            Set<MetricPoint> four = new LinkedHashSet<>(List.of(row.first(), row.min(), row.max(), row.last()));
            four.stream().sorted(PointOrder.HISTORY).forEach(out::add);
        }
        return out;
    }

    /**
     * Largest-Triangle-Three-Buckets (Steinarsson 2013) with the step as x. Infinite values are always kept
     * where they fall (a diverging loss is what a plot must show); NaN only when its bucket holds nothing else.
     *
     * @param points in history order
     * @return at most {@code maxPoints} of them: the first, the last, and one per bucket between
     */
    public static List<MetricPoint> lttb(List<MetricPoint> points, int maxPoints) {
        int n = points.size();
        if (n <= maxPoints) {
            return points;
        }
        if (maxPoints < 3) {
            return List.of(points.get(0), points.get(n - 1));
        }
        List<MetricPoint> out = new ArrayList<>(maxPoints);
        out.add(points.get(0));
        double every = (double) (n - 2) / (maxPoints - 2);
        int a = 0;
        double ay = finiteOr(points.get(0).value(), 0);
        for (int i = 0; i < maxPoints - 2; i++) {
            int avgFrom = (int) Math.floor((i + 1) * every) + 1;
            int avgTo = Math.min((int) Math.floor((i + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            int finite = 0;
            for (int j = avgFrom; j < avgTo; j++) {
                avgX += points.get(j).step();
                double y = points.get(j).value();
                if (Double.isFinite(y)) {
                    avgY += y;
                    finite++;
                }
            }
            avgX /= Math.max(1, avgTo - avgFrom);
            avgY = finite == 0 ? ay : avgY / finite;
            int from = (int) Math.floor(i * every) + 1;
            int to = (int) Math.floor((i + 1) * every) + 1;
            double ax = points.get(a).step();
            double best = -2;
            int next = from;
            for (int j = from; j < to; j++) {
                double area = area(ax, ay, points.get(j), avgX, avgY);
                if (area > best) {
                    best = area;
                    next = j;
                }
            }
            out.add(points.get(next));
            a = next;
            ay = finiteOr(points.get(next).value(), ay);
        }
        out.add(points.get(n - 1));
        return out;
    }

    /** Twice the triangle's area; +Inf for an infinite point, -1 for NaN (chosen only when alone). */
    private static double area(double ax, double ay, MetricPoint p, double bx, double by) {
        double y = p.value();
        if (Double.isNaN(y)) {
            return -1;
        }
        if (Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs((ax - bx) * (y - ay) - (ax - p.step()) * (by - ay));
    }

    private static double finiteOr(double value, double otherwise) {
        return Double.isFinite(value) ? value : otherwise;
    }

    private static void addExtremes(List<MetricPoint> out, Bucket bucket) {
        MetricPoint low = bucket.min();
        MetricPoint high = bucket.max();
        if (low.equals(high)) {
            out.add(low);
        } else {
            out.add(PointOrder.earlier(low, high));
            out.add(PointOrder.later(low, high));
        }
    }
}
