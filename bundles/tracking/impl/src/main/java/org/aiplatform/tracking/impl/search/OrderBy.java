package org.aiplatform.tracking.impl.search;

import java.util.ArrayList;
import java.util.List;

import org.aiplatform.tracking.impl.search.Field.Entity;
import org.aiplatform.tracking.impl.search.SearchTarget.Column;
import org.aiplatform.tracking.impl.search.SearchTarget.KeyedTable;
import org.aiplatform.tracking.impl.search.Token.Kind;

/**
 * The order of a search as a list of never-null sort keys, ending with the target's default order and its id, so
 * that every row has a unique position a page token can resume after. Missing values (and NaN metrics) sort last in
 * either direction, -Infinity before and +Infinity after every finite metric value.
 */
final class OrderBy {
    /** How a key is read back from a row and written into a page token. */
    enum Type { LONG, DOUBLE, TEXT }

    /** One sort key: an expression that is never null. */
    record Term(String sql, boolean descending, Type type) {
    }

    final List<Term> terms = new ArrayList<>();
    /** LEFT JOINs that bring the ordered metrics, params or tags; their key is bound. */
    final StringBuilder joins = new StringBuilder();
    final List<Object> joinArgs = new ArrayList<>();

    private OrderBy() {
    }

    /**
     * @param clauses {@code identifier [ASC|DESC]} each
     * @param target runs or experiments
     * @return the order, with the target's tie-breakers appended
     */
    static OrderBy parse(List<String> clauses, SearchTarget target) {
        OrderBy order = new OrderBy();
        boolean byDefault = false;
        boolean byId = false;
        for (String clause : clauses) {
            List<Token> tokens = Lexer.tokens(clause == null ? "" : clause);
            if (tokens.get(0).kind() != Kind.WORD) {
                throw FilterParser.unexpected(tokens.get(0), "an identifier such as metrics.loss or"
                    + " attributes.start_time in order_by");
            }
            Field field = Field.of(tokens.get(0));
            Token direction = tokens.get(1);
            boolean descending = direction.isWord("DESC");
            if (!descending && !direction.isWord("ASC") && direction.kind() != Kind.END) {
                throw FilterParser.unexpected(direction, "ASC, DESC or the end of the order_by clause");
            }
            Token end = tokens.get(direction.kind() == Kind.END ? 1 : 2);
            if (end.kind() != Kind.END) {
                throw FilterParser.unexpected(end, "the end of the order_by clause");
            }
            if (field.entity() == Entity.ATTRIBUTE) {
                Column column = target.attribute(field);
                byDefault |= column.sql().equals(target.defaultOrder);
                byId |= column.sql().equals(target.id);
                order.column(column, descending);
            } else {
                order.keyed(field, target, descending);
            }
        }
        if (!byDefault) {
            order.terms.add(new Term(target.defaultOrder, target.defaultDescending, Type.LONG));
        }
        if (!byId) {
            order.terms.add(new Term(target.id, false, target == SearchTarget.RUNS ? Type.TEXT : Type.LONG));
        }
        return order;
    }

    private void column(Column column, boolean descending) {
        Type type = column.type() == SearchTarget.Type.TEXT ? Type.TEXT : Type.LONG;
        if (column.nullable()) {
            terms.add(new Term("CASE WHEN " + column.sql() + " IS NULL THEN 1 ELSE 0 END", false, Type.LONG));
            terms.add(new Term("COALESCE(" + column.sql() + (type == Type.TEXT ? ", '')" : ", 0)"), descending,
                type));
        } else {
            terms.add(new Term(column.sql(), descending, type));
        }
    }

    private void keyed(Field field, SearchTarget target, boolean descending) {
        KeyedTable table = target.table(field);
        String alias = "o" + terms.size();
        joins.append(" LEFT JOIN ").append(table.table()).append(' ').append(alias).append(" ON ").append(alias)
            .append('.').append(table.owner()).append(" = ").append(target.id).append(" AND ").append(alias)
            .append('.').append(table.key()).append(" = ?");
        joinArgs.add(field.key());
        String missing = alias + "." + table.owner() + " IS NULL";
        if (field.entity() == Entity.METRIC) {
            terms.add(new Term("CASE WHEN " + missing + " THEN 2 WHEN " + alias + ".special = 1 THEN 1 ELSE 0 END",
                false, Type.LONG));
            terms.add(new Term("CASE WHEN " + alias + ".special = 3 THEN -1 WHEN " + alias
                + ".special = 2 THEN 1 ELSE 0 END", descending, Type.LONG));
            terms.add(new Term("COALESCE(" + alias + "." + table.value() + ", 0)", descending, Type.DOUBLE));
        } else {
            terms.add(new Term("CASE WHEN " + missing + " THEN 1 ELSE 0 END", false, Type.LONG));
            terms.add(new Term("COALESCE(" + alias + "." + table.value() + ", '')", descending, Type.TEXT));
        }
    }
}
