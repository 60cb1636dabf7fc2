package org.aiplatform.tracking.impl.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SparklineTest {
    @Test
    void valuesMapOntoEightBarsFromLowestToHighest() {
        assertEquals("▁▂▃▄▅▆▇█", Sparkline.of(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0)));
        assertEquals("█▁▅", Sparkline.of(List.of(10.0, -4.0, 4.5)));
    }

    @Test
    void specialValuesAndFlatLinesHaveTheirOwnBars() {
        assertEquals("▄ █▁", Sparkline.of(List.of(1.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY)));
        assertEquals("▄▄", Sparkline.of(List.of(2.0, 2.0)));
    }
}
