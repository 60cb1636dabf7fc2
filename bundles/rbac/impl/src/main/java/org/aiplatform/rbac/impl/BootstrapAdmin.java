package org.aiplatform.rbac.impl;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.health.HealthIndicator;
import org.aiplatform.kernel.api.health.HealthResult;
import org.aiplatform.kernel.api.health.HealthStatus;
import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.impl.crypto.Secrets;
import org.aiplatform.rbac.impl.store.Names;
import org.aiplatform.rbac.impl.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a platform without accounts, makes the administrator {@code admin}: with the password of the environment
 * variable {@code AIP_ADMIN_PASSWORD} (for automation), or with a generated one-time password printed to the log
 * that must be changed at the first login. There is no fixed default password. The platform is not ready before
 * that account exists, so automation that waits for readiness can log in at once.
 */
@Component(immediate = true, service = HealthIndicator.class)
public class BootstrapAdmin implements HealthIndicator {
    static final String USERNAME = "admin";
    static final String ENVIRONMENT = "AIP_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final ExecutorService worker;
    private volatile boolean done;

    @Activate
    public BootstrapAdmin(@Reference RbacCore core) {
        this(core, System.getenv(ENVIRONMENT), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "aiplatform-rbac-bootstrap");
            t.setDaemon(true);
            return t;
        }));
    }

    BootstrapAdmin(RbacCore core, String configured, ExecutorService worker) {
        this.worker = worker;
        worker.execute(() -> {
            ensureAdmin(core, configured);
            done = true;
        });
    }

    @Override
    public HealthResult check() {
        return done ? new HealthResult("rbac-bootstrap", HealthStatus.UP, "administrator account present", Map.of())
            : new HealthResult("rbac-bootstrap", HealthStatus.DOWN, "creating the administrator account", Map.of());
    }

    @Deactivate
    void deactivate() {
        worker.shutdown(); // no interrupt: Derby takes one during disk I/O as a reason to stop the database
    }

    /** @return the generated one-time password, or null when none was generated */
    static String ensureAdmin(RbacCore core, String configured) {
        try {
            boolean empty = core.jpa().inTransaction(em -> em.createQuery("select count(u) from UserEntity u",
                Long.class).getSingleResult() == 0);
            if (!empty) {
                return null;
            }
            boolean generated = configured == null || configured.isBlank();
            String password = generated ? Secrets.token("", 18) : configured;
            String hash = core.hasher().hash(password);
            core.jpa().run(em -> em.persist(new UserEntity(Names.newId(), USERNAME, Role.ADMIN, hash, generated,
                core.clock().instant())));
            core.audit().record(AuditEvent.success("system", "user.bootstrap", "user", USERNAME));
            if (generated) {
                LOG.warn("Created the administrator account '{}' with the one-time password {} ; it must be changed "
                    + "at the first login (POST /api/v1/users/me/password). Set {} at first start to choose it.",
                    USERNAME, password, ENVIRONMENT);
                return password;
            }
            LOG.info("Created the administrator account '{}' with the password of {}", USERNAME, ENVIRONMENT);
            return null;
        } catch (RuntimeException e) {
            // two nodes starting on one empty database: the unique user name lets only one of them make it
            LOG.warn("Could not create the administrator account: {}", e.toString());
            return null;
        }
    }
}
