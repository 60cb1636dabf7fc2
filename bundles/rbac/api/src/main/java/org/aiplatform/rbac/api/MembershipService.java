package org.aiplatform.rbac.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Project members: per-project roles of users and groups, on top of each user's global role. A project's creator
 * becomes its {@code admin} member.
 *
 * @since 1.0.0
 */
@ProviderType
public interface MembershipService {

    /**
     * @param projectId the project
     * @return its members
     */
    List<Member> members(String projectId);

    /**
     * Grants a role in a project, replacing the subject's previous role there.
     *
     * @param projectId the project
     * @param type user or group
     * @param subjectId the user or group id
     * @param role the role
     * @param actor who grants it
     * @return the membership
     */
    Member grant(String projectId, SubjectType type, String subjectId, String role, String actor);

    /**
     * @param projectId the project
     * @param type user or group
     * @param subjectId the user or group id
     * @param actor who revokes it
     */
    void revoke(String projectId, SubjectType type, String subjectId, String actor);
}
