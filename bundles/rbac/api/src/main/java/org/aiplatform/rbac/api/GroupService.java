package org.aiplatform.rbac.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Groups of users.
 *
 * @since 1.0.0
 */
@ProviderType
public interface GroupService {

    /**
     * @param name unique, same rules as project names
     * @param description may be null
     * @param actor the administrator
     * @return the group
     */
    Group create(String name, String description, String actor);

    /** @return every group, by name */
    List<Group> list();

    /**
     * @param id a group id
     * @return the group, or empty
     */
    Optional<Group> find(String id);

    /**
     * @param id the group
     * @param actor the administrator
     */
    void delete(String id, String actor);

    /**
     * @param groupId the group
     * @param userId the user to add (nothing happens when already a member)
     * @param actor the administrator
     */
    void addMember(String groupId, String userId, String actor);

    /**
     * @param groupId the group
     * @param userId the member to remove
     * @param actor the administrator
     */
    void removeMember(String groupId, String userId, String actor);

    /**
     * @param groupId the group
     * @return its members, by name
     */
    List<User> members(String groupId);
}
