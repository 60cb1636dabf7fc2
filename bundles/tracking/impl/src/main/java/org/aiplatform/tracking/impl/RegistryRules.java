package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The registry's input rules (MLflow's), checked before anything is written. */
final class RegistryRules {
    static final int MAX_NAME = 256;
    static final int MAX_ALIAS = 255;
    static final int MAX_URI = 2000;
    static final int MAX_DESCRIPTION = 5000;
    private static final Pattern ALIAS = Pattern.compile("[\\w-]*");
    private static final Pattern VERSION_ALIAS = Pattern.compile("[vV][0-9]+");

    private RegistryRules() {
    }

    static String name(String name) {
        return BatchLimits.text("name", name, MAX_NAME);
    }

    /** @return the description; it may be empty or null, but not longer than its column */
    static String description(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            BatchLimits.text("description", description, MAX_DESCRIPTION);
        }
        return description;
    }

    /** @return the optional text, at most max long */
    static String optional(String field, String value, int max) {
        return value == null || value.isEmpty() ? null : BatchLimits.text(field, value, max);
    }

    static Map<String, String> tags(Map<String, String> tags) {
        Map<String, String> checked = tags == null ? Map.of() : tags;
        BatchLimits.tags(checked);
        return checked;
    }

    /** MLflow's alias rules: {@code [\w-]*}, 1 to 255 characters, {@code latest} and {@code v<digits>} reserved. */
    static String alias(String alias) {
        BatchLimits.text("alias", alias, MAX_ALIAS);
        if (!ALIAS.matcher(alias).matches()) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "model.alias_invalid", alias);
        }
        if (alias.toLowerCase(Locale.ROOT).equals("latest") || VERSION_ALIAS.matcher(alias).matches()) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "model.alias_reserved", alias);
        }
        return alias;
    }
}
