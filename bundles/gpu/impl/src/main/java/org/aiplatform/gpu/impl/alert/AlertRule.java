package org.aiplatform.gpu.impl.alert;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule: fire when a metric of a GPU stays above (or below) a threshold for a duration. Written in the
 * configuration as {@code <name>: <metric> > <threshold> for <seconds>s <severity>}, for example
 * {@code gpu-hot: temperature_celsius > 85 for 60s critical}.
 *
 * @param name its name
 * @param metric what it watches
 * @param above true for {@code >}, false for {@code <}
 * @param threshold the threshold
 * @param durationMillis how long the condition must hold
 * @param severity info, warning or critical
 */
record AlertRule(String name, AlertMetric metric, boolean above, double threshold, long durationMillis,
                 String severity) {
    private static final Pattern SYNTAX = Pattern.compile(
        "\\s*([\\w.-]+)\\s*:\\s*(\\w+)\\s*([<>])\\s*(-?[0-9.]+)\\s*(?:for\\s+([0-9]+)\\s*s)?\\s*(info|warning|critical)\\s*");

    static AlertRule parse(String text) {
        Matcher m = SYNTAX.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("alert rule '" + text + "' is not '<name>: <metric> > <threshold> "
                + "for <seconds>s <info|warning|critical>'");
        }
        AlertMetric metric;
        try {
            metric = AlertMetric.of(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("alert rule '" + text + "' watches an unknown metric " + m.group(2), e);
        }
        long seconds = m.group(5) == null ? 0 : Long.parseLong(m.group(5));
        return new AlertRule(m.group(1), metric, m.group(3).equals(">"), Double.parseDouble(m.group(4)),
            seconds * 1000, m.group(6));
    }

    /** @return true when the value breaks the threshold; a missing value never does */
    boolean breached(Double value) {
        return value != null && (above ? value > threshold : value < threshold);
    }
}
