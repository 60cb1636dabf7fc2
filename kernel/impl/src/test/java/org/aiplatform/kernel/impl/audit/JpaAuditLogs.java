package org.aiplatform.kernel.impl.audit;

import java.time.Clock;

import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.persistence.JpaTransactions;

/** Lets tests of other packages build the real audit log with a fixed clock. */
public final class JpaAuditLogs {

    private JpaAuditLogs() {
    }

    public static AuditLog create(JpaTransactions jpa, Clock clock) {
        return new JpaAuditLog(jpa, clock);
    }
}
