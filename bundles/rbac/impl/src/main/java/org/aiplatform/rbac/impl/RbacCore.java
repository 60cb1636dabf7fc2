package org.aiplatform.rbac.impl;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;

import javax.persistence.EntityManagerFactory;

import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.rbac.impl.auth.AccessCache;
import org.aiplatform.rbac.impl.auth.PasswordCheck;
import org.aiplatform.rbac.impl.auth.RateLimiter;
import org.aiplatform.rbac.impl.crypto.AccessTokens;
import org.aiplatform.rbac.impl.crypto.JwtKeys;
import org.aiplatform.rbac.impl.crypto.PasswordHasher;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * What every rbac component shares, made once: the persistence unit, the password hasher, the one access cache
 * (so that a change invalidates it everywhere), the token keys and the login checks.
 */
@Component(service = RbacCore.class, configurationPid = RbacConfig.PID)
@Designate(ocd = RbacConfig.class)
public class RbacCore {
    private final JpaTransactions jpa;
    private final AuditLog audit;
    private final RbacConfig config;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AccessCache access;
    private final AccessTokens tokens;
    private final PasswordCheck passwords;

    /**
     * @param schema not used: referencing it keeps the bundle away until its tables are migrated
     */
    @Activate
    public RbacCore(@Reference(target = "(osgi.unit.name=aiplatform-rbac)") EntityManagerFactory unit,
                    @Reference(target = "(aiplatform.schema=rbac)") Schema schema,
                    @Reference AuditLog audit, RbacConfig config, BundleContext context) {
        this(new JpaTransactions(unit), audit, config, keyFile(context), Clock.systemUTC());
    }

    public RbacCore(JpaTransactions jpa, AuditLog audit, RbacConfig config, Path keyFile, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.hasher = new PasswordHasher(config.argon2_memory_kib(), config.argon2_iterations(),
            config.argon2_parallelism());
        this.access = new AccessCache(jpa, Duration.ofSeconds(config.cache_seconds()), clock);
        Duration lifetime = Duration.ofMinutes(config.access_token_minutes());
        this.tokens = new AccessTokens(new JwtKeys(keyFile, Duration.ofDays(config.jwt_key_rotation_days()),
            lifetime, clock), config.jwt_issuer(), lifetime, clock);
        this.passwords = new PasswordCheck(jpa, hasher, new RateLimiter(config.login_attempts_per_minute(), clock),
            audit, config.lockout_threshold(), Duration.ofSeconds(config.lockout_seconds()), clock);
    }

    private static Path keyFile(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return Paths.get(data == null ? "data" : data, "aiplatform", "rbac", "jwt-keys.json");
    }

    public JpaTransactions jpa() {
        return jpa;
    }

    public AuditLog audit() {
        return audit;
    }

    public RbacConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public AccessCache access() {
        return access;
    }

    public AccessTokens tokens() {
        return tokens;
    }

    public PasswordCheck passwords() {
        return passwords;
    }
}
