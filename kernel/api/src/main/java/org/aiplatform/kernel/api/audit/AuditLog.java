package org.aiplatform.kernel.api.audit;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records and searches audited actions. Recording joins the caller's transaction when it runs inside one of the
 * kernel's, so a change and its audit entry commit together.
 *
 * @since 1.0.0
 */
@ProviderType
public interface AuditLog {

    /**
     * @param event what happened
     */
    void record(AuditEvent event);

    /**
     * @param query the filters
     * @param page the page, newest first
     * @return the matching entries
     */
    Page<AuditRecord> search(AuditQuery query, PageRequest page);
}
