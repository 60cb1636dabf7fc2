package org.aiplatform.rbac.impl.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Row of {@code rbac_group_member}. */
@Entity
@Table(name = "rbac_group_member")
@IdClass(GroupMemberEntity.Key.class)
public class GroupMemberEntity {
    @Id
    @Column(name = "group_id")
    private String groupId;
    @Id
    @Column(name = "user_id")
    private String userId;
    @Column(name = "added_at")
    private long addedAt;

    protected GroupMemberEntity() {
        // for JPA
    }

    public GroupMemberEntity(String groupId, String userId, Instant now) {
        this.groupId = groupId;
        this.userId = userId;
        this.addedAt = now.toEpochMilli();
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String groupId;
        private String userId;

        public Key() {
            // for JPA
        }

        public Key(String groupId, String userId) {
            this.groupId = groupId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(groupId, k.groupId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, userId);
        }
    }
}
