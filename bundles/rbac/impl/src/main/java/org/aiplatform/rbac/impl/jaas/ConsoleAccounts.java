package org.aiplatform.rbac.impl.jaas;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.auth.Access;

/**
 * Console and ssh logins against platform accounts: the same password check as REST logins (rate limit per client
 * address, lockout, audit with method {@code console}), then the user's global role as Karaf roles.
 */
public final class ConsoleAccounts {
    /** How console logins show in the audit log. */
    public static final String METHOD = "console";

    private final RbacCore core;
    private final Supplier<List<Permission>> declared;

    /**
     * @param core the rbac core
     * @param declared every permission the installed bundles declare ({@code RoleService::permissions})
     */
    public ConsoleAccounts(RbacCore core, Supplier<List<Permission>> declared) {
        this.core = core;
        this.declared = declared;
    }

    /**
     * @param username the login name
     * @param password the password
     * @param address the client address, for the rate limit and the audit log
     * @return the user name as stored and the user's Karaf roles
     * @throws org.aiplatform.kernel.api.ApiException UNAUTHENTICATED or REQUEST_LIMIT_EXCEEDED as for REST logins
     */
    public ConsoleLogin login(String username, String password, String address) {
        User user = core.passwords().check(username, password, address, METHOD);
        Access access = core.access().access(user.id())
            .orElseThrow(() -> RbacMessages.get().error(ErrorCode.UNAUTHENTICATED, "auth.invalid_credentials"));
        if (!access.isUsable()) {
            // a one-time password (bootstrap admin, reset) logs in only to replace it: aip:password needs no
            // more than the ssh role, and the user's role counts from the next login
            return new ConsoleLogin(user.username(), Set.of(KarafRoles.SSH));
        }
        Set<String> permissions = declared.get().stream().map(Permission::name).collect(Collectors.toSet());
        return new ConsoleLogin(user.username(), KarafRoles.of(access.global(), permissions));
    }

    /**
     * @param username the user's login name
     * @param roles the user's Karaf roles
     */
    public record ConsoleLogin(String username, Set<String> roles) {
    }
}
