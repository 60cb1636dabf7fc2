package org.aiplatform.tracking.impl.command;

import java.util.List;

/** A metric as one line of block characters, lowest value ▁ to highest █. */
final class Sparkline {
    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();

    private Sparkline() {
    }

    /** NaN shows as a space, +Inf as █ and -Inf as ▁; a flat line sits in the middle. */
    static String of(List<Double> values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        StringBuilder line = new StringBuilder(values.size());
        for (double v : values) {
            if (Double.isNaN(v)) {
                line.append(' ');
            } else if (Double.isInfinite(v)) {
                line.append(v > 0 ? BARS[BARS.length - 1] : BARS[0]);
            } else if (high == low) {
                line.append(BARS[BARS.length / 2 - 1]);
            } else {
                int bar = (int) Math.round((v - low) / (high - low) * (BARS.length - 1));
                line.append(BARS[bar]);
            }
        }
        return line.toString();
    }
}
