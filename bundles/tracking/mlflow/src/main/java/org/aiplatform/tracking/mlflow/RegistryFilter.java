package org.aiplatform.tracking.mlflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.tracking.api.ModelQuery;

/**
 * The {@code filter} of MLflow's registry searches, clauses joined by AND: {@code name = 'x'},
 * {@code name LIKE 'x%'}, {@code name ILIKE '%x%'}, {@code tags.k = 'v'}, and for model versions also
 * {@code run_id = 'r'}, {@code run_id IN ('a', 'b')}, {@code source_path = 's'}, {@code version_number = 3}.
 */
final class RegistryFilter {
    private static final Pattern CLAUSE = Pattern.compile("\\s*(tags?\\.(?:`[^`]+`|\"[^\"]+\"|[\\w.-]+)|[A-Za-z_]+)"
        + "\\s*(=|!=|(?i:ILIKE|LIKE|IN))\\s*('(?:[^']|'')*'|\"(?:[^\"])*\"|-?[0-9]+|\\((?:\\s*'(?:[^']|'')*'\\s*,?)*\\))"
        + "\\s*(?:(?i:AND)\\s+|$)");
    private static final Pattern LIST_ITEM = Pattern.compile("'((?:[^']|'')*)'");

    private String name;
    private String pattern;
    private boolean ignoreCase;
    private List<String> runIds;
    private String source;
    private Integer version;
    private final Map<String, String> tags = new LinkedHashMap<>();

    private RegistryFilter() {
    }

    /**
     * @param filter MLflow's filter text, or null/blank for everything
     * @param versions true for model-versions/search (run_id, source_path, version_number allowed)
     * @return the query in the project
     */
    static ModelQuery parse(String projectId, String filter, boolean versions) {
        RegistryFilter f = new RegistryFilter();
        if (filter != null && !filter.isBlank()) {
            Matcher m = CLAUSE.matcher(filter.trim());
            int at = 0;
            while (at < filter.trim().length()) {
                if (!m.find(at) || m.start() != at) {
                    throw invalid(filter);
                }
                f.clause(m.group(1), m.group(2).toUpperCase(Locale.ROOT), m.group(3), versions, filter);
                at = m.end();
            }
        }
        return new ModelQuery(projectId, f.name, f.pattern, f.ignoreCase, f.runIds, f.source, f.version,
            f.tags.isEmpty() ? null : f.tags);
    }

    private void clause(String key, String op, String value, boolean versions, String filter) {
        String field = key.toLowerCase(Locale.ROOT);
        if (field.startsWith("tag.") || field.startsWith("tags.")) {
            tags.put(unquote(key.substring(key.indexOf('.') + 1)), text(value, op, "=", filter));
        } else if (field.equals("name")) {
            if (op.equals("=")) {
                name = text(value, op, "=", filter);
            } else {
                pattern = text(value, op, op.equals("ILIKE") ? "ILIKE" : "LIKE", filter);
                ignoreCase = op.equals("ILIKE");
            }
        } else if (versions && field.equals("run_id")) {
            runIds = op.equals("IN") ? items(value, filter) : List.of(text(value, op, "=", filter));
        } else if (versions && (field.equals("source_path") || field.equals("source"))) {
            source = text(value, op, "=", filter);
        } else if (versions && field.equals("version_number") && op.equals("=") && value.matches("-?[0-9]+")) {
            version = Integer.valueOf(value);
        } else {
            throw invalid(filter);
        }
    }

    /** @return the quoted text of a value compared with the one operator allowed */
    private static String text(String value, String op, String allowed, String filter) {
        if (!op.equals(allowed) || !(value.startsWith("'") || value.startsWith("\""))) {
            throw invalid(filter);
        }
        return unquote(value);
    }

    private static List<String> items(String value, String filter) {
        if (!value.startsWith("(")) {
            throw invalid(filter);
        }
        List<String> items = new ArrayList<>();
        Matcher m = LIST_ITEM.matcher(value);
        while (m.find()) {
            items.add(m.group(1).replace("''", "'"));
        }
        return items;
    }

    private static String unquote(String text) {
        char first = text.charAt(0);
        if ((first == '\'' || first == '"' || first == '`') && text.length() >= 2) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        return text;
    }

    private static RuntimeException invalid(String filter) {
        return MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "registry.bad_filter", filter);
    }
}
