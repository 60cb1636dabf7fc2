package org.aiplatform.tracking.impl.search;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;

import org.aiplatform.tracking.impl.search.OrderBy.Term;

/**
 * One page of a search as a single SELECT: the scope, the compiled filter, the order's sort keys (selected as
 * {@code k0, k1, …}) and, after the first page, a keyset condition that resumes after the previous page's last row,
 * so that pages stay stable while rows are added. The cursor holds that row's sort keys.
 */
public final class SearchSql {
    private final String sql;
    private final List<Object> args;
    private final OrderBy order;

    private SearchSql(String sql, List<Object> args, OrderBy order) {
        this.sql = sql;
        this.args = args;
        this.order = order;
    }

    /**
     * @param target runs or experiments
     * @param select the selected columns and the FROM clause, e.g. {@code r.id, r.name FROM tracking_run r}
     * @param scope a condition on the target's own table, e.g. {@code r.experiment_id IN (?, ?)}
     * @param scopeArgs the scope's bind values
     * @param filter the user's filter, or null/blank
     * @param orderBy the user's order clauses
     * @param cursor the decoded position of the previous page's last row, or null for the first page
     * @param rows how many rows to fetch
     * @param derby true on Derby (see {@link FilterSql})
     * @return the statement
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE for a bad filter, order or cursor
     */
    public static SearchSql build(SearchTarget target, String select, String scope, List<Object> scopeArgs,
                                  String filter, List<String> orderBy, String cursor, int rows, boolean derby) {
        OrderBy order = OrderBy.parse(orderBy, target);
        List<Object> args = new ArrayList<>(order.joinArgs);
        StringBuilder sql = new StringBuilder("SELECT ").append(select);
        // the sort keys go between the selected columns and FROM
        int from = sql.indexOf(" FROM ");
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < order.terms.size(); i++) {
            keys.append(", ").append(order.terms.get(i).sql()).append(" AS k").append(i);
        }
        sql.insert(from, keys).append(order.joins).append(" WHERE ").append(scope);
        args.addAll(scopeArgs);
        String condition = FilterSql.compile(FilterParser.parse(filter), target, derby, args);
        if (condition != null) {
            sql.append(" AND ").append(condition);
        }
        if (cursor != null) {
            sql.append(" AND ").append(after(order, decode(cursor, order), args));
        }
        StringJoiner sort = new StringJoiner(", ", " ORDER BY ", "");
        for (int i = 0; i < order.terms.size(); i++) {
            // the expression, not its alias, so that Derby can see an index that already has this order
            sort.add(order.terms.get(i).sql() + (order.terms.get(i).descending() ? " DESC" : " ASC"));
        }
        sql.append(sort).append(" FETCH FIRST ? ROWS ONLY");
        args.add(rows);
        return new SearchSql(sql.toString(), args, order);
    }

    public String sql() {
        return sql;
    }

    public List<Object> args() {
        return args;
    }

    /** @return the cursor of the row the result set is on: its sort keys */
    public String cursor(ResultSet rs) throws SQLException {
        StringJoiner cursor = new StringJoiner(".");
        for (int i = 0; i < order.terms.size(); i++) {
            String label = "k" + i;
            String value = switch (order.terms.get(i).type()) {
                case LONG -> Long.toString(rs.getLong(label));
                case DOUBLE -> Double.toString(rs.getDouble(label));
                case TEXT -> rs.getString(label);
            };
            cursor.add(Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        }
        return cursor.toString();
    }

    /** (k0 > v0) OR (k0 = v0 AND k1 > v1) OR …, with < for descending keys. */
    private static String after(OrderBy order, List<Object> values, List<Object> args) {
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        for (int i = 0; i < order.terms.size(); i++) {
            StringJoiner all = new StringJoiner(" AND ", "(", ")");
            for (int j = 0; j <= i; j++) {
                Term term = order.terms.get(j);
                all.add(term.sql() + (j < i ? " = ?" : term.descending() ? " < ?" : " > ?"));
                args.add(values.get(j));
            }
            any.add(all.toString());
        }
        return any.toString();
    }

    private static List<Object> decode(String cursor, OrderBy order) {
        String[] parts = cursor.split("\\.", -1);
        if (parts.length != order.terms.size()) {
            throw SearchErrors.badPageToken();
        }
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 0; i < parts.length; i++) {
                String text = new String(Base64.getUrlDecoder().decode(parts[i]), StandardCharsets.UTF_8);
                values.add(switch (order.terms.get(i).type()) {
                    case LONG -> Long.valueOf(text);
                    case DOUBLE -> Double.valueOf(text);
                    case TEXT -> text;
                });
            }
        } catch (IllegalArgumentException e) {
            throw SearchErrors.badPageToken();
        }
        return values;
    }
}
