package org.aiplatform.kernel.impl.project;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectState;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Row of {@code aip_project}; never leaves this bundle (callers get {@link Project}).
 *
 * <p>Projects are read on nearly every request of every area and rarely change, so they live in EclipseLink's
 * shared cache: commits on this node update it, and other nodes sharing the database see a change within
 * {@link #CACHE_EXPIRY_MILLIS}. Locking reads ({@code PESSIMISTIC_WRITE} in updates) always go to the database.
 */
@Entity
@Table(name = "aip_project")
@Cache(isolation = CacheIsolationType.SHARED, expiry = ProjectEntity.CACHE_EXPIRY_MILLIS)
public class ProjectEntity {
    static final int CACHE_EXPIRY_MILLIS = 2000;

    @Id
    @Column(name = "id", length = 32)
    private String id;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "name_key", nullable = false)
    private String nameKey;
    @Column(name = "description")
    private String description;
    @Column(name = "state", nullable = false)
    private String state;
    @Column(name = "owner", nullable = false)
    private String owner;
    @Column(name = "created_at", nullable = false)
    private long createdAt;
    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    protected ProjectEntity() {
        // for JPA
    }

    ProjectEntity(String id, String name, String description, String owner, Instant now) {
        this.id = id;
        rename(name);
        this.description = description;
        this.state = ProjectState.ACTIVE.name();
        this.owner = owner;
        this.createdAt = now.toEpochMilli();
        this.updatedAt = createdAt;
    }

    Project toProject() {
        return new Project(id, name, description, ProjectState.valueOf(state), owner,
            Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt));
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    ProjectState state() {
        return ProjectState.valueOf(state);
    }

    void rename(String newName) {
        this.name = newName;
        this.nameKey = ProjectRules.key(newName);
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }

    void state(ProjectState newState) {
        this.state = newState.name();
    }

    void touched(Instant now) {
        this.updatedAt = now.toEpochMilli();
    }
}
