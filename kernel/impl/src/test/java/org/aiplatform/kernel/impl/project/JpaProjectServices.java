package org.aiplatform.kernel.impl.project;

import java.time.Clock;

import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.osgi.service.event.EventAdmin;

/** Lets tests of other packages build the real project service. */
public final class JpaProjectServices {

    private JpaProjectServices() {
    }

    public static ProjectService create(JpaTransactions jpa, AuditLog audit, EventAdmin events) {
        return new JpaProjectService(jpa, audit, events, Clock.systemUTC());
    }
}
