package org.aiplatform.tracking.impl.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.aiplatform.tracking.impl.search.Field.Entity;
import org.aiplatform.tracking.impl.search.Filter.Comparison;
import org.aiplatform.tracking.impl.search.Filter.Op;
import org.aiplatform.tracking.impl.search.SearchTarget.Column;
import org.aiplatform.tracking.impl.search.SearchTarget.KeyedTable;

/**
 * Compiles a filter tree to a SQL condition for Derby or PostgreSQL. Every key and value is a bind parameter; the
 * text holds only the target's fixed table and column names. A metric, param or tag comparison asks whether its
 * table has a matching row for the key, so a run without the key matches neither {@code =} nor {@code !=} (as in MLflow), only
 * {@code IS NULL}; NOT negates a whole comparison, so {@code NOT params.a = 'x'} also matches runs without {@code a}.
 *
 * <p>Metrics compare on the latest value with IEEE rules for the values the {@code special} column keeps: NaN is
 * neither less than, greater than nor equal to any number (so only {@code !=} matches it), +Infinity is greater and
 * -Infinity less than every finite number.
 */
final class FilterSql {
    /** LIKE patterns escape % and _ with a backslash, the same on Derby and PostgreSQL. */
    private static final String ESCAPE = " ESCAPE '\\'";
    private static final String TEXT_OPS = "=, !=, LIKE, ILIKE, IN, NOT IN, IS NULL, IS NOT NULL";
    private static final String NUMBER_OPS = "=, !=, <, <=, >, >=, IS NULL, IS NOT NULL";

    private final SearchTarget target;
    private final boolean derby;
    private final List<Object> args = new ArrayList<>();
    private int aliases;

    private FilterSql(SearchTarget target, boolean derby) {
        this.target = target;
        this.derby = derby;
    }

    /**
     * @param filter the tree, or null
     * @param target runs or experiments
     * @param derby true on Derby, which flattens EXISTS under AND into joins that read whole tables and sort, where
     *        a count per row lets it walk the order's index and stop after one page; PostgreSQL plans EXISTS well
     * @param args receives the bind values, in the order of the condition's parameters
     * @return the condition, or null for no filter
     */
    static String compile(Filter filter, SearchTarget target, boolean derby, List<Object> args) {
        if (filter == null) {
            return null;
        }
        FilterSql compiler = new FilterSql(target, derby);
        String sql = compiler.sql(filter);
        args.addAll(compiler.args);
        return sql;
    }

    private String sql(Filter filter) {
        // string concatenation evaluates left to right, so args are added in the order their markers appear
        if (filter instanceof Filter.And and) {
            return "(" + sql(and.left()) + " AND " + sql(and.right()) + ")";
        }
        if (filter instanceof Filter.Or or) {
            return "(" + sql(or.left()) + " OR " + sql(or.right()) + ")";
        }
        if (filter instanceof Filter.Not not) {
            return "NOT (" + sql(not.inner()) + ")";
        }
        Comparison c = (Comparison) filter;
        return c.field().entity() == Entity.ATTRIBUTE ? attribute(c) : keyed(c);
    }

    private String attribute(Comparison c) {
        Column column = target.attribute(c.field());
        if (c.op() == Op.IS_NULL || c.op() == Op.IS_NOT_NULL) {
            return column.sql() + " " + c.op().symbol;
        }
        return column.type() == SearchTarget.Type.TEXT ? text(column.sql(), c) : wholeNumber(column.sql(), c);
    }

    private String keyed(Comparison c) {
        KeyedTable table = target.table(c.field());
        String alias = "s" + ++aliases;
        // (owner, key) is the table's primary key: the count is 0 or 1
        String rows = (derby ? "(SELECT COUNT(*) FROM " : "EXISTS (SELECT 1 FROM ") + table.table() + " " + alias
            + " WHERE " + alias + "." + table.owner() + " = " + target.id + " AND " + alias + "." + table.key()
            + " = ?";
        args.add(c.field().key());
        if (c.op() == Op.IS_NULL || c.op() == Op.IS_NOT_NULL) {
            boolean missing = c.op() == Op.IS_NULL;
            return derby ? rows + ") = " + (missing ? 0 : 1) : (missing ? "NOT " : "") + rows + ")";
        }
        String value = alias + "." + table.value();
        String condition = c.field().entity() == Entity.METRIC ? metric(alias, value, c) : text(value, c);
        return rows + " AND " + condition + ")" + (derby ? " = 1" : "");
    }

    /** IEEE comparisons over the stored value and its special code (1 NaN, 2 +Infinity, 3 -Infinity). */
    private String metric(String alias, String value, Comparison c) {
        allow(c, NUMBER_OPS, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE);
        args.add(number(c, c.values().get(0)).doubleValue());
        String special = alias + ".special";
        return switch (c.op()) {
            case EQ -> "(" + special + " = 0 AND " + value + " = ?)";
            case NE -> "(" + special + " <> 0 OR " + value + " <> ?)";
            case LT, LE -> "((" + special + " = 0 AND " + value + " " + c.op().symbol + " ?) OR " + special + " = 3)";
            default -> "((" + special + " = 0 AND " + value + " " + c.op().symbol + " ?) OR " + special + " = 2)";
        };
    }

    private String text(String column, Comparison c) {
        allow(c, TEXT_OPS, Op.EQ, Op.NE, Op.LIKE, Op.ILIKE, Op.IN, Op.NOT_IN);
        for (Object value : c.values()) {
            if (!(value instanceof String)) {
                throw SearchErrors.at(c.position(), "search.not_text", c.field().shown(), c.op().symbol,
                    value.toString());
            }
        }
        String first = (String) c.values().get(0);
        return switch (c.op()) {
            case EQ -> bound(column + " = ?", first);
            case NE -> bound(column + " <> ?", first);
            case LIKE -> bound(column + " LIKE ?" + ESCAPE, pattern(c, first));
            case ILIKE -> bound("LOWER(" + column + ") LIKE ?" + ESCAPE, pattern(c, first).toLowerCase(Locale.ROOT));
            default -> column + (c.op() == Op.NOT_IN ? " NOT IN " : " IN ") + markers(c.values());
        };
    }

    /** Ids and epoch milliseconds: whole numbers only. */
    private String wholeNumber(String column, Comparison c) {
        allow(c, NUMBER_OPS + ", IN, NOT IN", Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.IN, Op.NOT_IN);
        List<Object> values = new ArrayList<>();
        for (Object value : c.values()) {
            try {
                values.add(number(c, value).longValueExact());
            } catch (ArithmeticException e) {
                throw SearchErrors.at(c.position(), "search.not_whole", c.field().shown(), value.toString());
            }
        }
        if (c.op() == Op.IN || c.op() == Op.NOT_IN) {
            return column + (c.op() == Op.NOT_IN ? " NOT IN " : " IN ") + markers(values);
        }
        args.add(values.get(0));
        return column + " " + (c.op() == Op.NE ? "<>" : c.op().symbol) + " ?";
    }

    private String bound(String sql, Object value) {
        args.add(value);
        return sql;
    }

    private String markers(List<Object> values) {
        StringJoiner markers = new StringJoiner(", ", "(", ")");
        for (Object value : values) {
            args.add(value);
            markers.add("?");
        }
        return markers.toString();
    }

    private static BigDecimal number(Comparison c, Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        throw SearchErrors.at(c.position(), "search.not_number", c.field().shown(), c.op().symbol,
            "'" + value + "'");
    }

    /** A backslash escapes %, _ or itself; anything else after it would make the database fail, not the user. */
    private static String pattern(Comparison c, String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\') {
                if (i + 1 == pattern.length() || "%_\\".indexOf(pattern.charAt(i + 1)) < 0) {
                    throw SearchErrors.at(c.position(), "search.like_escape", pattern);
                }
                i++;
            }
        }
        return pattern;
    }

    private static void allow(Comparison c, String shown, Op... ops) {
        for (Op op : ops) {
            if (op == c.op()) {
                return;
            }
        }
        throw SearchErrors.at(c.position(), "search.op_not_allowed", c.field().shown(), c.op().symbol, shown);
    }
}
