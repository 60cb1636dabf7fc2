package org.aiplatform.rbac.impl.auth;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Permission patterns: {@code area:action}, {@code area:*}, {@code *:action}, or {@code *} for everything.
 */
public final class Patterns {
    private static final Pattern VALID = Pattern.compile("\\*|(\\*|[a-z][a-z0-9_-]*):(\\*|[a-z][a-z0-9_-]*)");

    private Patterns() {
    }

    /** @return true when the text is a well-formed pattern */
    public static boolean isValid(String pattern) {
        return pattern != null && VALID.matcher(pattern).matches();
    }

    /** @return true when any of the patterns grants the permission */
    public static boolean grants(Collection<String> patterns, String permission) {
        for (String pattern : patterns) {
            if (grants(pattern, permission)) {
                return true;
            }
        }
        return false;
    }

    static boolean grants(String pattern, String permission) {
        if (pattern.equals("*") || pattern.equals(permission)) {
            return true;
        }
        int p = pattern.indexOf(':');
        int q = permission.indexOf(':');
        if (p < 0 || q < 0) {
            return false;
        }
        String area = pattern.substring(0, p);
        String action = pattern.substring(p + 1);
        return (area.equals("*") || area.equals(permission.substring(0, q)))
            && (action.equals("*") || action.equals(permission.substring(q + 1)));
    }
}
