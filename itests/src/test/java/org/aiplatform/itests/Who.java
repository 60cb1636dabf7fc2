package org.aiplatform.itests;

import java.util.EnumSet;
import java.util.Set;

/**
 * The callers of the permission matrix: one account per built-in role, two accounts with a custom role that grants
 * nothing of their own (one is a developer member of every project the matrix acts on, the other of none), and no
 * credentials at all.
 */
enum Who {
    ADMIN("admin"), DEVELOPER("developer"), VIEWER("viewer"), MEMBER(Who.GUEST_ROLE), OUTSIDER(Who.GUEST_ROLE),
    ANONYMOUS(null);

    /** The custom global role of {@link #MEMBER} and {@link #OUTSIDER}: no permission at all. */
    static final String GUEST_ROLE = "matrix-guest";

    /** Every authenticated caller. */
    static final Set<Who> USERS = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    /** Everyone, credentials or not. */
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    /** Those that read the projects the matrix acts on. */
    static final Set<Who> PROJECT_READERS = EnumSet.of(ADMIN, DEVELOPER, VIEWER, MEMBER);
    /** Those that write the projects the matrix acts on. */
    static final Set<Who> PROJECT_WRITERS = EnumSet.of(ADMIN, DEVELOPER, MEMBER);
    /** Global writers. */
    static final Set<Who> WRITERS = EnumSet.of(ADMIN, DEVELOPER);
    /** Those that read globally: the built-in roles with *:read (gpu:read is a global permission). */
    static final Set<Who> GLOBAL_READERS = EnumSet.of(ADMIN, DEVELOPER, VIEWER);
    /** Administrators only. */
    static final Set<Who> ADMINS = EnumSet.of(ADMIN);

    private final String role;

    Who(String role) {
        this.role = role;
    }

    /** @return the global role of the caller's account, or null for {@link #ANONYMOUS} */
    String role() {
        return role;
    }
}
