package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;

/** Small JDBC helpers shared by the store's statements. */
final class Rows {
    private Rows() {
    }

    /** Binds the arguments in order; a null binds as a VARCHAR null, the only nullable kind the store writes. */
    static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                s.setNull(i + 1, Types.VARCHAR);
            } else {
                s.setObject(i + 1, args[i]);
            }
        }
    }

    /** @return the two columns of each row as key and value, in key order */
    static Map<String, String> pairs(Connection c, String sql, Object owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql + " ORDER BY 1")) {
            bind(s, owner);
            try (ResultSet rs = s.executeQuery()) {
                Map<String, String> pairs = new LinkedHashMap<>();
                while (rs.next()) {
                    pairs.put(rs.getString(1), rs.getString(2));
                }
                return pairs;
            }
        }
    }

    /** @return the id as a number, or null when it is not one (and so names nothing) */
    static Long number(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(id);
    }

    /**
     * @param fetched up to one row more than the page holds, which tells that more follow
     * @param cursor the position of an item, for the next page's token
     */
    static <T> Page<T> page(List<T> fetched, PageRequest page, Function<T, String> cursor) {
        if (fetched.size() <= page.maxResults()) {
            return Page.of(fetched, null);
        }
        List<T> items = fetched.subList(0, page.maxResults());
        return Page.of(items, cursor.apply(items.get(items.size() - 1)));
    }
}
