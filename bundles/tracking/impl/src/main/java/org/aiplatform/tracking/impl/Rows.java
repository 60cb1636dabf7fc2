package org.aiplatform.tracking.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

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
    static Map<String, String> pairs(Connection c, String sql, String runId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql + " ORDER BY 1")) {
            s.setString(1, runId);
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
}
