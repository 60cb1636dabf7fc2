package org.aiplatform.rbac.impl.jaas;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.aiplatform.rbac.impl.RbacPermissions;
import org.aiplatform.rbac.impl.auth.Patterns;

/**
 * Turns a user's global permission patterns into the role names Karaf's shell works with: its command ACLs
 * ({@code etc/org.apache.karaf.command.acl.*.cfg}) and the ssh role ({@code sshRole}). Karaf reads {@code a:b} in an
 * ACL as "principal class a, role b", so a permission {@code area:action} becomes the role {@code area.action}.
 * Whoever may manage accounts could grant themselves anything, so {@code rbac:admin} also brings Karaf's own
 * administrator roles.
 */
public final class KarafRoles {
    /** The role Karaf's ssh server requires ({@code sshRole} in {@code etc/org.apache.karaf.shell.cfg}). */
    public static final String SSH = "ssh";
    /** Karaf's administrator roles, as its default {@code admingroup} holds them. */
    public static final List<String> KARAF_ADMIN = List.of("admin", "manager", "viewer", "systembundles");

    private KarafRoles() {
    }

    /**
     * @param global the patterns of the user's global role
     * @param declared every permission the installed bundles declare
     * @return the Karaf role names, sorted
     */
    public static Set<String> of(Collection<String> global, Collection<String> declared) {
        Set<String> roles = new TreeSet<>();
        roles.add(SSH);
        for (String permission : declared) {
            if (Patterns.grants(global, permission)) {
                roles.add(roleOf(permission));
            }
        }
        if (Patterns.grants(global, RbacPermissions.RBAC_ADMIN)) {
            roles.addAll(KARAF_ADMIN);
        }
        return roles;
    }

    /** @return the Karaf role of a permission: {@code projects:write} → {@code projects.write} */
    public static String roleOf(String permission) {
        return permission.replace(':', '.');
    }
}
