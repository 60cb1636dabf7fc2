package org.aiplatform.rbac.impl.rest;

import java.util.Locale;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.rbac.api.Group;
import org.aiplatform.rbac.api.GroupService;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.impl.RbacMessages;

/**
 * Users and groups are addressed by id; their names work too (ids are looked up first: an id never changes, and a
 * name that happens to look like another account's id still finds that account by name only when no id matches).
 */
final class Subjects {

    private Subjects() {
    }

    /** @return the user with this id or, failing that, this user name */
    static User user(UserService users, String idOrName) {
        return users.find(idOrName).or(() -> users.findByUsername(idOrName))
            .orElseThrow(() -> RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "user.not_found",
                String.valueOf(idOrName)));
    }

    /** @return the group with this id or, failing that, this name (ignoring case) */
    static Group group(GroupService groups, String idOrName) {
        return groups.find(idOrName).or(() -> groups.list().stream()
                .filter(g -> idOrName != null && g.name().equalsIgnoreCase(idOrName.strip())).findFirst())
            .orElseThrow(() -> RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "group.not_found",
                String.valueOf(idOrName)));
    }

    /** @return the id of the user or group */
    static String id(UserService users, GroupService groups, SubjectType type, String idOrName) {
        return type == SubjectType.USER ? user(users, idOrName).id() : group(groups, idOrName).id();
    }

    /** @return {@code user} or {@code group} as a subject type */
    static SubjectType type(String text) {
        if (text != null) {
            for (SubjectType type : SubjectType.values()) {
                if (type.name().equalsIgnoreCase(text.strip())) {
                    return type;
                }
            }
        }
        throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "member.type_invalid",
            text == null ? "" : text.toLowerCase(Locale.ROOT));
    }
}
