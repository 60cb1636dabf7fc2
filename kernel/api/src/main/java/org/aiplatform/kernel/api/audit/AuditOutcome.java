package org.aiplatform.kernel.api.audit;

/**
 * How an audited action ended.
 *
 * @since 1.0.0
 */
public enum AuditOutcome { SUCCESS, FAILURE, DENIED }
