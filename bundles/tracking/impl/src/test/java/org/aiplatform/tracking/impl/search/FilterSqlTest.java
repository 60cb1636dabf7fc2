package org.aiplatform.tracking.impl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.aiplatform.kernel.api.ApiException;
import org.junit.jupiter.api.Test;

class FilterSqlTest {

    @Test
    void keysAndValuesAreBoundNeverWrittenIntoTheSql() {
        String evilKey = "x' OR '1'='1";
        String evilValue = "'); DROP TABLE tracking_run; --";
        List<Object> args = new ArrayList<>();
        String sql = compile("params.`" + evilKey + "` = '" + evilValue.replace("'", "''") + "' OR metrics.\"a;b\" > 1"
            + " OR attributes.run_name LIKE '%--%'", SearchTarget.RUNS, args);
        assertFalse(sql.contains("DROP") || sql.contains("1'='1") || sql.contains("a;b") || sql.contains("--"), sql);
        assertEquals(List.of(evilKey, evilValue, "a;b", 1.0, "%--%"), args);
    }

    @Test
    void argumentsFollowTheOrderOfTheirMarkers() {
        List<Object> args = new ArrayList<>();
        String sql = compile("(tags.t IN ('a', 'b') OR attributes.start_time >= 10) AND NOT metrics.m != 2",
            SearchTarget.RUNS, args);
        assertEquals(List.of("t", "a", "b", 10L, "m", 2.0), args);
        assertEquals(args.size(), sql.chars().filter(c -> c == '?').count());
        assertTrue(sql.startsWith("((EXISTS (SELECT 1 FROM tracking_tag s1"), sql);
        assertTrue(sql.contains("NOT (EXISTS (SELECT 1 FROM tracking_latest_metric s2"), sql);
    }

    @Test
    void ilikeLowersThePatternAndIsNullAsksForAMissingKey() {
        List<Object> args = new ArrayList<>();
        String sql = compile("tags.team ILIKE 'CV%' AND params.p IS NULL", SearchTarget.RUNS, args);
        assertEquals(List.of("team", "cv%", "p"), args);
        assertTrue(sql.contains("LOWER(s1.tag_value) LIKE ? ESCAPE"), sql);
        assertTrue(sql.contains("NOT EXISTS (SELECT 1 FROM tracking_param s2"), sql);
    }

    @Test
    void derbyCountsTheKeysRowInsteadOfAnExistsItWouldFlattenIntoAJoin() {
        List<Object> args = new ArrayList<>();
        String sql = FilterSql.compile(FilterParser.parse("params.p = 'a' OR tags.t IS NULL"), SearchTarget.RUNS, true,
            args);
        assertEquals("((SELECT COUNT(*) FROM tracking_param s1 WHERE s1.run_id = r.id AND s1.param_key = ? AND"
            + " s1.param_value = ?) = 1 OR (SELECT COUNT(*) FROM tracking_tag s2 WHERE s2.run_id = r.id AND"
            + " s2.tag_key = ?) = 0)", sql);
        assertEquals(List.of("p", "a", "t"), args);
    }

    @Test
    void typeRulesFollowMlflow() {
        assertBad("params.lr < 0.5", "params.lr does not support <");
        assertBad("metrics.loss = 'low'", "metrics.loss compares as a number");
        assertBad("metrics.loss LIKE 'a%'", "metrics.loss does not support LIKE");
        assertBad("tags.t = 3", "tags.t compares as a string");
        assertBad("attributes.start_time = '5'", "attribute.start_time compares as a number");
        assertBad("attributes.start_time > 1.5", "attribute.start_time takes whole numbers");
        assertBad("attributes.status > 'A'", "attribute.status does not support >");
        assertBad("attributes.color = 'red'", "position 1: unknown attribute \"color\"");
        assertBad("params.p LIKE 'a\\b'", "a backslash must be followed by");
    }

    @Test
    void experimentsSearchNamesTimesAndTagsButNotMetrics() {
        List<Object> args = new ArrayList<>();
        String sql = compile("name LIKE 'exp%' AND creation_time > 5 AND tags.owner = 'me'", SearchTarget.EXPERIMENTS,
            args);
        assertEquals(List.of("exp%", 5L, "owner", "me"), args);
        assertTrue(sql.contains("s1.experiment_id = e.id"), sql);
        ApiException e = assertThrows(ApiException.class,
            () -> compile("metrics.loss < 1", SearchTarget.EXPERIMENTS, new ArrayList<>()));
        assertTrue(e.getMessage().contains("metrics.loss cannot be searched here"), e.getMessage());
    }

    @Test
    void orderByRejectsWhatItCannotSort() {
        ApiException e = assertThrows(ApiException.class,
            () -> OrderBy.parse(List.of("metrics.loss DOWN"), SearchTarget.RUNS));
        assertTrue(e.getMessage().contains("position 14: expected ASC, DESC or the end"), e.getMessage());
        assertThrows(ApiException.class, () -> OrderBy.parse(List.of("attributes.color"), SearchTarget.RUNS));
        assertEquals(5, OrderBy.parse(List.of("metrics.loss"), SearchTarget.RUNS).terms.size());
        assertEquals(2, OrderBy.parse(List.of("attributes.start_time DESC", "run_id"), SearchTarget.RUNS).terms.size());
    }

    private static String compile(String filter, SearchTarget target, List<Object> args) {
        return FilterSql.compile(FilterParser.parse(filter), target, false, args);
    }

    private static void assertBad(String filter, String expected) {
        ApiException e = assertThrows(ApiException.class, () -> compile(filter, SearchTarget.RUNS, new ArrayList<>()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
