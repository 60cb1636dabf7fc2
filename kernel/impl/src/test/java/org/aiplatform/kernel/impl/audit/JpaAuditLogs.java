package org.aiplatform.kernel.impl.audit;

import java.time.Clock;

import org.aiplatform.kernel.api.audit.AuditLog;
import org.apache.aries.jpa.template.JpaTemplate;

/** Lets tests of other packages build the real audit log with a fixed clock. */
public final class JpaAuditLogs {

    private JpaAuditLogs() {
    }

    public static AuditLog create(JpaTemplate jpa, Clock clock) {
        return new JpaAuditLog(jpa, clock);
    }
}
