package org.aiplatform.tracking.impl;

/**
 * Stores NaN and infinities, which Derby's DOUBLE cannot hold, as a "special" code beside a 0 value
 * (see V1__tracking.sql).
 */
final class MetricValues {
    static final int FINITE = 0;
    static final int NAN = 1;
    static final int POSITIVE_INFINITY = 2;
    static final int NEGATIVE_INFINITY = 3;

    private MetricValues() {
    }

    static int special(double value) {
        if (Double.isNaN(value)) {
            return NAN;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        return FINITE;
    }

    /** @return the value a database column can hold */
    static double stored(double value) {
        return special(value) == FINITE ? value : 0;
    }

    static double value(double stored, int special) {
        return switch (special) {
            case NAN -> Double.NaN;
            case POSITIVE_INFINITY -> Double.POSITIVE_INFINITY;
            case NEGATIVE_INFINITY -> Double.NEGATIVE_INFINITY;
            default -> stored;
        };
    }
}
