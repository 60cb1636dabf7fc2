package org.aiplatform.rbac.impl.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.aiplatform.rbac.api.Group;

/** Row of {@code rbac_group}. */
@Entity
@Table(name = "rbac_group")
public class GroupEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "name")
    private String name;
    @Column(name = "name_key")
    private String nameKey;
    @Column(name = "description")
    private String description;
    @Column(name = "created_at")
    private long createdAt;

    protected GroupEntity() {
        // for JPA
    }

    public GroupEntity(String id, String name, String description, Instant now) {
        this.id = id;
        this.name = name;
        this.nameKey = Names.key(name);
        this.description = description;
        this.createdAt = now.toEpochMilli();
    }

    public Group toGroup() {
        return new Group(id, name, description, Instant.ofEpochMilli(createdAt));
    }

    public String name() {
        return name;
    }
}
