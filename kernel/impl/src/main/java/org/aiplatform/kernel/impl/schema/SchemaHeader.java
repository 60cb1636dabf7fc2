package org.aiplatform.kernel.impl.schema;

import java.util.regex.Pattern;

import org.aiplatform.kernel.api.schema.Schema;

/**
 * A parsed {@code AIPlatform-Schema: <name>[;table=<history table>]} manifest header.
 *
 * @param name the schema name
 * @param historyTable the bundle's own Flyway history table
 */
record SchemaHeader(String name, String historyTable) {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    static SchemaHeader parse(String header) {
        String[] parts = header.split(";");
        String name = parts[0].trim();
        String table = name + "_schema_history";
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length == 2 && kv[0].trim().equals("table")) {
                table = kv[1].trim();
            } else {
                throw new IllegalArgumentException("unknown attribute '" + parts[i].trim() + "' in " + Schema.HEADER);
            }
        }
        if (!IDENTIFIER.matcher(name).matches() || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException(Schema.HEADER + " needs lower-case identifiers: " + header);
        }
        return new SchemaHeader(name, table);
    }
}
