package org.aiplatform.tracking.impl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Collectors;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    @Test
    void readsEveryComparatorAndPrefixAlias() {
        assertEquals("metrics.loss < 0.5", shown("metrics.loss < 0.5"));
        assertEquals("metrics.acc >= 1E+3", shown("metric.acc >= 1e3"));
        assertEquals("params.lr = 0.01", shown("params.lr = '0.01'"));
        assertEquals("params.lr != adam", shown("param.lr <> 'adam'"));
        assertEquals("params.opt LIKE ad%", shown("parameters.opt like 'ad%'"));
        assertEquals("tags.team ILIKE %CV", shown("tag.team ILIKE \"%CV\""));
        assertEquals("tags.mlflow.runName = a", shown("tags.mlflow.runName = 'a'"));
        assertEquals("attribute.status IN [FINISHED, FAILED]", shown("attributes.status IN ('FINISHED', 'FAILED')"));
        assertEquals("attribute.run_id NOT IN [a]", shown("run.run_id NOT IN ('a')"));
        assertEquals("attribute.end_time IS NULL", shown("attr.end_time IS NULL"));
        assertEquals("tags.note IS NOT NULL", shown("tags.note is not null"));
        assertEquals("attribute.status = FINISHED", shown("status = 'FINISHED'"));
        assertEquals("metrics.x > -2.5", shown("metrics.x > -2.5"));
    }

    @Test
    void quotedKeysTakeAnyCharacterAndQuotesDoubleToEscape() {
        assertEquals("metrics.val loss < 1", shown("metrics.\"val loss\" < 1"));
        assertEquals("params.a-b.c = x", shown("params.`a-b.c` = 'x'"));
        assertEquals("params.it's = it's", shown("params.`it's` = 'it''s'"));
        assertEquals("tags.say \"hi\" = x", shown("tags.\"say \"\"hi\"\"\" = 'x'"));
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        assertEquals("(metrics.a = 1 OR (metrics.b = 2 AND metrics.c = 3))",
            shown("metrics.a = 1 OR metrics.b = 2 AND metrics.c = 3"));
        assertEquals("((metrics.a = 1 AND metrics.b = 2) OR metrics.c = 3)",
            shown("metrics.a = 1 AND metrics.b = 2 OR metrics.c = 3"));
        assertEquals("(metrics.a = 1 AND (metrics.b = 2 OR metrics.c = 3))",
            shown("metrics.a = 1 AND (metrics.b = 2 OR metrics.c = 3)"));
        assertEquals("(NOT metrics.a = 1 AND metrics.b = 2)", shown("NOT metrics.a = 1 AND metrics.b = 2"));
        assertEquals("NOT (metrics.a = 1 AND metrics.b = 2)", shown("not (metrics.a = 1 and metrics.b = 2)"));
        assertEquals("((metrics.a = 1 AND metrics.b = 2) AND metrics.c = 3)",
            shown("metrics.a = 1 AND metrics.b = 2 AND metrics.c = 3"));
        assertEquals("metrics.a = 1", shown("((metrics.a = 1))"));
    }

    @Test
    void blankFilterMatchesEverything() {
        assertNull(FilterParser.parse(null));
        assertNull(FilterParser.parse("  "));
    }

    @Test
    void badFiltersSayWhatWasExpectedWhere() {
        assertBad("metrics.loss", "position 13: expected a comparator");
        assertBad("metrics.loss < ", "position 16: expected a value");
        assertBad("metrics.loss < 1 AND", "position 21: expected an identifier");
        assertBad("metrics.loss < 1 metrics.acc > 1", "position 18: expected AND, OR or the end");
        assertBad("(metrics.loss < 1", "position 18: expected AND, OR or )");
        assertBad("metrics.loss < 1)", "position 17: expected AND, OR or the end");
        assertBad("foo.bar = 'x'", "position 1: expected metrics., params., tags. or attributes.");
        assertBad("params.a = 'open", "position 12: the quote ' is never closed");
        assertBad("params.a IN 'x'", "position 13: expected ( to open");
        assertBad("params.a IN ('x' 'y')", "position 18: expected , or )");
        assertBad("params.a IS 'x'", "position 13: expected NULL or NOT NULL");
        assertBad("params.a ; DROP TABLE tracking_run", "position 10: unexpected character");
        assertBad("metrics. = 1", "position 9: expected a key");
        assertBad("metrics.a = 1e", "position 13: expected a number");
    }

    private static void assertBad(String filter, String expected) {
        ApiException e = assertThrows(ApiException.class, () -> FilterParser.parse(filter));
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static String shown(String filter) {
        return render(FilterParser.parse(filter));
    }

    private static String render(Filter filter) {
        if (filter instanceof Filter.And and) {
            return "(" + render(and.left()) + " AND " + render(and.right()) + ")";
        }
        if (filter instanceof Filter.Or or) {
            return "(" + render(or.left()) + " OR " + render(or.right()) + ")";
        }
        if (filter instanceof Filter.Not not) {
            return "NOT " + render(not.inner());
        }
        Filter.Comparison c = (Filter.Comparison) filter;
        String field = c.field().entity().name().toLowerCase(Locale.ROOT)
            + (c.field().entity() == Field.Entity.ATTRIBUTE ? "" : "s") + "." + c.field().key();
        String values = c.values().size() == 1 && c.op() != Filter.Op.IN && c.op() != Filter.Op.NOT_IN
            ? " " + c.values().get(0)
            : c.values().isEmpty() ? "" : " " + c.values().stream().map(Object::toString)
                .collect(Collectors.joining(", ", "[", "]"));
        return field + " " + c.op().symbol + values;
    }
}
