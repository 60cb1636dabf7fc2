package org.aiplatform.rbac.api;

/**
 * Who a project grant is for.
 *
 * @since 1.0.0
 */
public enum SubjectType { USER, GROUP }
