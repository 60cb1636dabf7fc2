package org.aiplatform.rbac.impl.service;

import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.store.RoleEntity;

/** What valid names, passwords and roles look like. */
final class Rules {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");
    private static final Pattern GROUP = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._-]{0,99}");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]{1,49}");
    private static final int MAX_PASSWORD = 256;

    private Rules() {
    }

    static String username(String raw) {
        if (raw == null || !USERNAME.matcher(raw.strip()).matches()) {
            throw invalid("user.name_invalid");
        }
        return raw.strip();
    }

    static void password(String password, String username, int minLength) {
        if (password == null || password.length() < minLength || password.length() > MAX_PASSWORD) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "user.password_length", minLength,
                MAX_PASSWORD);
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            throw invalid("user.password_is_name");
        }
    }

    static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        if (!EMAIL.matcher(raw.strip()).matches()) {
            throw invalid("user.email_invalid");
        }
        return raw.strip();
    }

    static String displayName(String raw) {
        if (raw != null && raw.strip().length() > 200) {
            throw invalid("user.display_name_too_long");
        }
        return raw;
    }

    static String groupName(String raw) {
        if (raw == null || !GROUP.matcher(raw.strip()).matches()) {
            throw invalid("group.name_invalid");
        }
        return raw.strip();
    }

    static String roleName(String raw) {
        if (raw == null || !ROLE.matcher(raw).matches()) {
            throw invalid("role.name_invalid");
        }
        return raw;
    }

    /** @return the role, which must exist */
    static String existingRole(EntityManager em, String role) {
        if (role == null || em.find(RoleEntity.class, role) == null) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "role.unknown", String.valueOf(role));
        }
        return role;
    }

    static ApiException invalid(String key) {
        return RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, key);
    }
}
