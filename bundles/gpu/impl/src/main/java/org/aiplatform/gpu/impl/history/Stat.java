package org.aiplatform.gpu.impl.history;

import org.aiplatform.gpu.api.HistoryPoint;

/** Count, minimum, maximum and sum of one metric: merging two keeps min, max and mean exact. */
final class Stat {
    long n;
    double min;
    double max;
    double sum;

    void add(double value) {
        if (n == 0 || value < min) {
            min = value;
        }
        if (n == 0 || value > max) {
            max = value;
        }
        sum += value;
        n++;
    }

    void add(Number value) {
        if (value != null) {
            add(value.doubleValue());
        }
    }

    void merge(Stat other) {
        if (other.n == 0) {
            return;
        }
        if (n == 0 || other.min < min) {
            min = other.min;
        }
        if (n == 0 || other.max > max) {
            max = other.max;
        }
        sum += other.sum;
        n += other.n;
    }

    HistoryPoint.Stat toPoint() {
        return n == 0 ? null : new HistoryPoint.Stat(min, max, sum / n);
    }
}
