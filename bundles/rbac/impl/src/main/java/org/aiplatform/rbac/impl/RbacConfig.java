package org.aiplatform.rbac.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.aiplatform.rbac.cfg}: identity and access settings. */
@ObjectClassDefinition(name = "AI Platform - Identity and access")
public @interface RbacConfig {
    String PID = "org.aiplatform.rbac";

    @AttributeDefinition(description = "Self sign-up: open, invite (with an invitation code) or closed")
    String signup_policy() default "closed";

    @AttributeDefinition(description = "Global role of accounts made by sign-up or without a role")
    String default_role() default "viewer";

    @AttributeDefinition(description = "Lifetime of access tokens (JWT), minutes")
    int access_token_minutes() default 15;

    @AttributeDefinition(description = "Lifetime of refresh tokens (a login session), days")
    int refresh_token_days() default 30;

    @AttributeDefinition(description = "Issuer claim of access tokens, required when verifying them")
    String jwt_issuer() default "aiplatform";

    @AttributeDefinition(description = "Days a signing key signs before a new one replaces it")
    int jwt_key_rotation_days() default 30;

    @AttributeDefinition(description = "Failed logins in a row that lock an account")
    int lockout_threshold() default 5;

    @AttributeDefinition(description = "How long a locked account stays locked, seconds")
    int lockout_seconds() default 900;

    @AttributeDefinition(description = "Login attempts allowed per client address per minute")
    int login_attempts_per_minute() default 30;

    @AttributeDefinition(description = "Shortest password accepted")
    int password_min_length() default 12;

    @AttributeDefinition(description = "argon2id memory per hash, KiB")
    int argon2_memory_kib() default 19456;

    @AttributeDefinition(description = "argon2id passes")
    int argon2_iterations() default 2;

    @AttributeDefinition(description = "argon2id lanes")
    int argon2_parallelism() default 1;

    @AttributeDefinition(description = "Seconds before changes made by other nodes show in access decisions")
    int cache_seconds() default 10;

    @AttributeDefinition(description = "Days an invitation code stays valid")
    int invitation_days() default 7;
}
