package org.aiplatform.kernel.impl.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.aiplatform.kernel.api.audit.AuditRecord;

/** Keeps what other bundles' services audit, so unit tests can assert on it (the real log has its own tests). */
public final class RecordingAudit implements AuditLog {
    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException("assert on events() instead");
    }

    public List<AuditEvent> events() {
        return events;
    }

    /** @return the actions recorded so far, in order */
    public List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }
}
